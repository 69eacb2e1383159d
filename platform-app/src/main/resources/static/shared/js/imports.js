// The import job list both apps show (the admin app across vendors, the vendor portal for its vendor): server-side
// paging and a status filter, live progress while a job runs (polled), counts, and the row errors of a job with
// their CSV download. The app names each job (`jobName(job)`) and may add filters (`query()`).
import { compose, messageOf, pagedList, saveBlob } from './ui.js';

export const ACTIVE_JOB = ['PENDING', 'RUNNING'];
export const JOB_STATUSES = ['PENDING', 'RUNNING', 'COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED'];
const POLL_MS = 1500;

/**
 * @param call     the app's API call.
 * @param jobsPath the jobs' path (`/admin/marketplace-import-jobs`, `/vendor/marketplace/jobs`); a job's errors are
 *                 at `<jobsPath>/<id>/errors`.
 * @param query    (this) => the app's own filters, merged into the list's query.
 * @param loaded   (this) => what to do after each load (say, naming the vendors of the jobs).
 */
export function importJobs({ call, jobsPath, query = () => ({}), loaded = async () => {} }) {
    return compose(pagedList(function () {
        return call('GET', jobsPath, {
            query: { status: this.status, ...query.call(this), page: this.page, size: this.size,
                sort: 'createdAt,desc' },
        });
    }), {
        statuses: JOB_STATUSES,
        status: '',
        timer: null,
        destroyed: false,
        selected: null,
        jobErrors: [],
        errorsPage: 0,
        errorsTotalPages: 0,
        errorsTotal: 0,
        errorsLoading: false,
        errorsError: null,
        downloading: false,
        init() {
            this.refresh();
        },
        destroy() {
            this.destroyed = true;
            clearTimeout(this.timer);
        },
        async refresh() {
            clearTimeout(this.timer);
            if (this.destroyed) return;
            await this.load();
            await loaded.call(this);
            if (this.selected) {
                const fresh = this.items.find(j => j.id === this.selected.id);
                if (fresh) this.selected = fresh;
            }
            if (!this.destroyed && this.items.some(j => ACTIVE_JOB.includes(j.status))) {
                this.timer = setTimeout(() => this.refresh(), POLL_MS);
            }
        },
        filter() {
            this.page = 0;
            this.refresh();
        },
        sourceOf(job) { return job.sourceName || job.sourceUrl || ''; },
        progressLabel(job) { return 'Progress of the import of ' + this.jobName(job); },
        runningLabel(job) { return 'Import of ' + this.jobName(job) + ' running'; },
        errorsAriaLabel(job) { return 'Errors of the import of ' + this.jobName(job); },
        hasProblems(job) { return job.errorCount + (job.warningCount || 0) > 0; },
        errorsLabel(job) {
            const errors = job.errorCount === 1 ? '1 error' : job.errorCount + ' errors';
            const warnings = job.warningCount || 0;
            return warnings === 0 ? errors : errors + ', ' + (warnings === 1 ? '1 warning' : warnings + ' warnings');
        },
        running(job) { return ACTIVE_JOB.includes(job.status); },
        hasProgress(job) { return job.progress !== null && job.progress !== undefined; },
        percent(job) { return this.hasProgress(job) ? Math.round(job.progress * 100) + '%' : ''; },
        statusClass(job) {
            return 'badge ' + ({ COMPLETED: 'badge-ok', COMPLETED_WITH_ERRORS: 'badge-warn', FAILED: 'badge-bad',
                CANCELLED: 'badge-muted' }[job.status] || 'badge-info');
        },
        async showErrors(job) {
            this.selected = job;
            this.errorsPage = 0;
            await this.loadErrors();
            this.$nextTick(() => document.getElementById('job-errors-heading').focus());
        },
        closeErrors() { this.selected = null; },
        get downloadLabel() { return this.downloading ? 'Downloading…' : 'Download CSV'; },
        errorKey(error) { return error.position + ':' + error.field + ':' + error.message; },
        severityOf(error) { return error.severity === 'WARNING' ? 'warning' : 'error'; },
        get errorsPaged() { return this.errorsTotalPages > 1; },
        get hasPreviousErrors() { return this.errorsPage > 0; },
        get hasNextErrors() { return this.errorsPage + 1 < this.errorsTotalPages; },
        get errorsPageLabel() { return 'Page ' + (this.errorsPage + 1) + ' of ' + this.errorsTotalPages; },
        async loadErrors() {
            this.errorsLoading = true;
            this.errorsError = null;
            try {
                const answer = await call('GET', jobsPath + '/' + this.selected.id + '/errors',
                    { query: { page: this.errorsPage, size: 50 } });
                this.jobErrors = answer.content;
                this.errorsTotal = answer.page.totalElements;
                this.errorsTotalPages = answer.page.totalPages;
            } catch (e) {
                this.errorsError = messageOf(e);
            } finally {
                this.errorsLoading = false;
            }
        },
        previousErrors() { if (this.errorsPage > 0) { this.errorsPage--; this.loadErrors(); } },
        nextErrors() { if (this.errorsPage + 1 < this.errorsTotalPages) { this.errorsPage++; this.loadErrors(); } },
        async downloadErrors() {
            this.downloading = true;
            try {
                const blob = await call('GET', jobsPath + '/' + this.selected.id + '/errors', { accept: 'text/csv' });
                saveBlob(blob, 'import-' + this.selected.id + '-errors.csv');
            } catch (e) {
                this.errorsError = messageOf(e);
            } finally {
                this.downloading = false;
            }
        },
    });
}
