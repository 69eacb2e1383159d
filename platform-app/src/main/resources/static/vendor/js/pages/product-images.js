// The images panel of a product's page (#/catalog?id=...), nested in the catalog page's product detail: the product's
// images in their order as thumbnails, each with its state (processing, ready, failed with the reason), where it came
// from (the feed or an upload) and which one is the main image; its original downloaded through an authorised call
// (the API wants the bearer token, so no plain link can fetch it); the shop's media usage. With products.edit: upload
// one or several files, move an image up or down, make one the main image, delete an uploaded one (a feed's images
// follow the feed, so they are changed there). While any image is still being processed the list is read again
// every 2 s, until none is or the panel goes (another page, another product, the product closed).
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { messageOf, saveBlob } from '/shared/js/ui.js';
import { call } from '../api.js';

const POLL_MS = 2000;
/** How many files one upload takes, until the API's usage answer says (`maxFilesPerUpload`). */
const MAX_FILES = 10;
/** What a refusal or a failed image means for the person at the page, by the API's errorCode. */
const HINTS = {
    MEDIA_EMPTY: 'The file is empty.',
    MEDIA_TOO_LARGE: 'The file is too large.',
    MEDIA_TYPE_NOT_ALLOWED: 'Only JPEG, PNG, GIF and WebP images can be uploaded.',
    MEDIA_TOO_MANY_PIXELS: 'The image has too many pixels: make it smaller and try again.',
    MEDIA_UNREADABLE: 'The file could not be read as an image.',
    MEDIA_QUOTA_BYTES_EXCEEDED: 'Your shop has used all the storage it has for images: delete some first.',
    MEDIA_QUOTA_COUNT_EXCEEDED: 'Your shop has as many images as it may keep: delete some first.',
    MEDIA_PRODUCT_IMAGES_LIMIT: 'This product has as many images as a product may have.',
    MEDIA_ORDER_INVALID: 'The images changed meanwhile: here they are as they are now; try again.',
    MEDIA_IMAGE_FROM_FEED: 'This image comes from the product\'s feed: remove it there.',
    MEDIA_IMAGE_NOT_FOUND: 'This image no longer exists: here are the images as they are now.',
    MEDIA_FETCH_FAILED: 'The feed\'s link to it could not be fetched.',
    MEDIA_FETCH_TIMEOUT: 'The feed\'s link to it took too long to answer; it is tried again later.',
    MEDIA_URL_REFUSED: 'The feed\'s link to it is not a link the platform fetches.',
    MEDIA_ADDRESS_REFUSED: 'The feed\'s link to it leads to an address the platform does not fetch from.',
};
const FILE_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' };

/** A refused call in words: what it means (when the errorCode is known), then the API's detail and code. */
function explain(e) {
    const hint = e && e.errorCode ? HINTS[e.errorCode] : undefined;
    return hint ? hint + ' ' + messageOf(e) : messageOf(e);
}

/** Bytes in binary units, as storage limits are given ("3.3 MB", "2 GB"). */
export function byteSize(bytes) {
    const units = ['KB', 'MB', 'GB', 'TB'];
    if (bytes < 1024) return bytes === 1 ? '1 byte' : bytes + ' bytes';
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return (Math.round(value * 10) / 10).toLocaleString('en') + ' ' + units[unit];
}

function count(n, one, many) {
    return n === 1 ? '1 ' + one : n.toLocaleString('en') + ' ' + many;
}

// Reads the catalog page's `product`, `productName`, `canEdit` and the shell's `confirm` (the scopes around it).
Alpine.data('productImages', () => ({
    images: [],
    imagesOf: null,
    imagesLoaded: false,
    imagesError: null,
    imagesAsked: 0,
    imageDone: null,
    imageError: null,
    imageWorking: false,
    files: [],
    uploading: false,
    uploadError: null,
    usage: null,
    usageError: null,
    pollTimer: null,
    panelGone: false,

    init() {
        // Not at once: init runs inside the effect of the x-if that shows the product, and what it reads there
        // (the counter it bumps) would make that effect re-run, and run late, at every read of the list.
        this.$nextTick(() => this.showImagesOf());
        this.$watch('product', () => {
            if (this.product && this.product.id !== this.imagesOf) this.showImagesOf();
        });
    },
    destroy() {
        this.panelGone = true;
        clearTimeout(this.pollTimer);
    },

    /** Another product (or the first): nothing of the one before stays on screen. */
    showImagesOf() {
        clearTimeout(this.pollTimer);
        this.imagesAsked++;
        this.imagesOf = this.product ? this.product.id : null;
        this.images = [];
        this.imagesLoaded = false;
        this.imagesError = null;
        this.imageDone = null;
        this.imageError = null;
        this.uploadError = null;
        this.files = [];
        if (this.imagesOf === null) return;
        this.loadImages();
        this.loadUsage();
    },
    get imagesPath() { return '/vendor/products/' + this.imagesOf + '/images'; },

    /** Reads the list. Only the latest read's answer is shown (an action's answer outdates the reads before it). */
    async loadImages() {
        clearTimeout(this.pollTimer);
        const asking = ++this.imagesAsked;
        try {
            const answer = await call('GET', this.imagesPath);
            if (asking !== this.imagesAsked || this.panelGone) return;
            this.showImages(answer.items);
        } catch (e) {
            if (asking !== this.imagesAsked || this.panelGone) return;
            this.imagesError = 'The images could not be loaded: ' + messageOf(e);
        } finally {
            if (asking === this.imagesAsked) this.imagesLoaded = true;
        }
    },
    /** Shows the images as the API gave them and, while one is still being processed, reads them again shortly. */
    showImages(items) {
        this.imagesAsked++;
        this.images = items;
        this.imagesError = null;
        this.imagesLoaded = true;
        clearTimeout(this.pollTimer);
        if (!this.panelGone && this.processing) this.pollTimer = setTimeout(() => this.loadImages(), POLL_MS);
    },
    get processing() { return this.images.some(i => i.status === 'PENDING'); },
    get hasImages() { return this.images.length > 0; },
    get noImages() { return this.imagesLoaded && !this.imagesError && this.images.length === 0; },
    get noImagesText() {
        return this.canEdit ? 'No images yet: upload some above, or give the product image links in its feed.'
            : 'No images yet.';
    },
    get processingText() { return this.processing ? 'Images are being processed; this list updates by itself.' : ''; },

    async loadUsage() {
        try {
            this.usage = await call('GET', '/vendor/media/usage');
            this.usageError = null;
        } catch (e) {
            this.usageError = 'The shop\'s image storage could not be read: ' + messageOf(e);
        }
    },
    get hasUsage() { return this.usage !== null; },
    /**
     * "12 images (1 no longer used, deleted within a day), 3.3 MB of 2 GB": the whole shop's, as its quota counts them
     * (an image no product uses counts until it is deleted).
     */
    get usageText() {
        const u = this.usage;
        if (!u) return '';
        const unused = u.unusedImages ? ' (' + u.unusedImages + ' no longer used, deleted within a day)' : '';
        return count(u.images, 'image', 'images') + unused + ', ' + byteSize(u.bytes) + ' of ' + byteSize(u.maxBytes);
    },
    get usageLimitText() {
        const u = this.usage;
        if (!u) return '';
        return 'Your shop keeps up to ' + count(u.maxImages, 'image', 'images')
            + (u.maxImagesPerProduct ? ', ' + u.maxImagesPerProduct + ' per product.' : '.');
    },

    // --- one image, as the list shows it ---
    thumbnailOf(image) { return (image.urls && image.urls.thumbnail) || {}; },
    hasThumbnail(image) { return image.status === 'READY' && Boolean(this.thumbnailOf(image).jpeg); },
    hasWebp(image) { return this.hasThumbnail(image) && Boolean(this.thumbnailOf(image).webp); },
    jpegOf(image) { return this.thumbnailOf(image).jpeg; },
    webpOf(image) { return this.thumbnailOf(image).webp; },
    placeOf(image) { return this.images.indexOf(image) + 1; },
    placeText(image) { return 'Image ' + this.placeOf(image) + ' of ' + this.images.length; },
    altOf(image) {
        return 'Image ' + this.placeOf(image) + ' of ' + this.productName + (image.main ? ', the main image' : '');
    },
    placeholderOf(image) {
        return image.status === 'FAILED' ? 'No picture: the image failed' : 'Processing…';
    },
    mainFlag(image) { return image.main ? 'true' : 'false'; },
    statusText(image) {
        if (image.status === 'PENDING') return 'Processing';
        if (image.status === 'READY') return 'Ready';
        return 'Failed';
    },
    statusClass(image) {
        return 'badge image-status ' + ({ READY: 'badge-ok', FAILED: 'badge-bad' }[image.status] || 'badge-info');
    },
    isFailed(image) { return image.status === 'FAILED'; },
    /** Why it failed: the hint for its errorCode, then the code. */
    failureText(image) {
        if (image.status !== 'FAILED') return '';
        const code = image.error || 'MEDIA_FAILED';
        return (HINTS[code] || 'The image could not be processed.') + ' (' + code + ')';
    },
    sourceText(image) { return image.source === 'FEED' ? 'From the feed' : 'Uploaded'; },
    fromTheFeed(image) { return image.source === 'FEED'; },
    feedLinkOf(image) { return image.sourceUrl || ''; },
    detailsOf(image) {
        const parts = [];
        if (image.width && image.height) parts.push(image.width + ' × ' + image.height + ' px');
        if (image.contentType) parts.push((FILE_TYPES[image.contentType] || image.contentType).toUpperCase());
        if (image.bytes !== null && image.bytes !== undefined) parts.push(byteSize(image.bytes));
        return parts.join(', ');
    },
    /** The original is kept once the file arrived (an upload at once, a feed's image once fetched). */
    hasOriginal(image) { return Boolean(image.contentType); },
    isFirst(image) { return this.images.indexOf(image) === 0; },
    isLast(image) { return this.images.indexOf(image) === this.images.length - 1; },
    cannotMoveUp(image) { return this.imageWorking || this.isFirst(image); },
    cannotMoveDown(image) { return this.imageWorking || this.isLast(image); },
    notMain(image) { return !image.main; },
    deletable(image) { return image.source !== 'FEED'; },
    upLabel(image) { return 'Move image ' + this.placeOf(image) + ' up'; },
    downLabel(image) { return 'Move image ' + this.placeOf(image) + ' down'; },
    mainLabel(image) { return 'Make image ' + this.placeOf(image) + ' the main image'; },
    deleteLabel(image) { return 'Delete image ' + this.placeOf(image); },
    downloadLabel(image) { return 'Download the original of image ' + this.placeOf(image); },

    // --- uploading ---
    filesChosen(event) {
        this.files = Array.from(event.target.files || []);
        this.uploadError = null;
    },
    get maxFiles() { return (this.usage && this.usage.maxFilesPerUpload) || MAX_FILES; },
    get filesLabel() { return 'Add images: JPEG, PNG, GIF or WebP, up to ' + this.maxFiles + ' at once'; },
    get uploadLabel() { return this.uploading ? 'Uploading…' : 'Upload'; },
    get uploadInvalid() { return this.uploadError ? 'true' : 'false'; },
    get uploadingText() {
        if (!this.uploading) return '';
        const bytes = this.files.reduce((sum, f) => sum + f.size, 0);
        return 'Uploading ' + count(this.files.length, 'file', 'files') + ' (' + byteSize(bytes) + ')…';
    },
    async upload() {
        this.uploadError = null;
        this.imageDone = null;
        this.imageError = null;
        if (this.files.length === 0) {
            this.uploadError = 'Choose one or more images to upload.';
            return;
        }
        if (this.files.length > this.maxFiles) {
            this.uploadError = 'Choose at most ' + this.maxFiles + ' images at once.';
            return;
        }
        const form = new FormData();
        this.files.forEach(f => form.append('file', f, f.name));
        const of = this.imagesOf;
        this.uploading = true;
        try {
            const answer = await call('POST', this.imagesPath, { form });
            if (of !== this.imagesOf) return; // another product is shown by now: its panel says nothing of this upload
            this.imageDone = count(answer.items.length, 'image', 'images') + ' uploaded; the thumbnails appear once'
                + ' they are made.';
            this.files = [];
            const input = document.getElementById('image-files');
            if (input) input.value = '';
        } catch (e) {
            if (of === this.imagesOf) this.uploadError = explain(e);
        } finally {
            this.uploading = false;
        }
        if (of !== this.imagesOf || this.panelGone) return;
        await this.loadImages();
        await this.loadUsage();
    },

    // --- changing the list ---
    /** Runs a change; the API answers the list as it is now (or nothing, then the list is read again). */
    async changeImages(request, done, focus) {
        this.imageError = null;
        this.imageDone = null;
        this.imageWorking = true;
        const of = this.imagesOf;
        try {
            const answer = await request();
            if (of !== this.imagesOf || this.panelGone) return;
            if (answer && answer.items) this.showImages(answer.items);
            else await this.loadImages();
            this.imageDone = done;
            if (focus) this.$nextTick(focus);
        } catch (e) {
            if (of !== this.imagesOf || this.panelGone) return;
            this.imageError = explain(e);
            if (e.errorCode === 'MEDIA_ORDER_INVALID' || e.status === 404) await this.loadImages();
        } finally {
            this.imageWorking = false;
        }
    },
    /** Moves an image by `by` places, sending the whole new order; the keyboard's focus moves with it. */
    moveImage(image, by) {
        const ids = this.images.map(i => i.id);
        const from = ids.indexOf(image.id);
        const to = from + by;
        if (from < 0 || to < 0 || to >= ids.length) return;
        ids.splice(from, 1);
        ids.splice(to, 0, image.id);
        return this.changeImages(() => call('PUT', this.imagesPath + '/order', { body: { imageIds: ids } }),
            'Image moved to place ' + (to + 1) + '.', () => this.focusOn(image.id, by < 0 ? 'image-up' : 'image-down'));
    },
    moveUp(image) { return this.moveImage(image, -1); },
    moveDown(image) { return this.moveImage(image, 1); },
    /** Back on the button just used, or its neighbour where that one cannot be used any more (first, last place). */
    focusOn(id, button) {
        const item = document.querySelector('#images-list [data-image-id="' + id + '"]');
        if (!item) return;
        const other = button === 'image-up' ? 'image-down' : 'image-up';
        const target = [button, other].map(c => item.querySelector('.' + c)).find(b => b && !b.disabled);
        if (target) target.focus();
    },
    makeMain(image) {
        return this.changeImages(() => call('PUT', this.imagesPath + '/' + image.id + '/main'),
            'Image ' + this.placeOf(image) + ' is the main image now.',
            () => { const h = document.getElementById('images-heading'); if (h) h.focus(); });
    },
    deleteImage(image) {
        const place = this.placeOf(image);
        this.confirm('Delete image ' + place + ' of ' + this.productName + '? The shop stops showing it.', async () => {
            await this.changeImages(() => call('DELETE', this.imagesPath + '/' + image.id), 'Image ' + place + ' deleted.',
                () => { const h = document.getElementById('images-heading'); if (h) h.focus(); });
            await this.loadUsage();
        });
    },
    /** The original as a file, fetched with the session's token (a link could not carry it). */
    async download(image) {
        this.imageError = null;
        try {
            const blob = await call('GET', this.imagesPath + '/' + image.id + '/original', { accept: '*/*' });
            const type = FILE_TYPES[image.contentType] || 'bin';
            saveBlob(blob, (this.product ? this.product.sku : 'product') + '-' + this.placeOf(image) + '.' + type);
        } catch (e) {
            this.imageError = 'The original could not be downloaded: ' + explain(e);
        }
    },
}));
