// Dashboard charts with Chart.js (its UMD build, loaded by index.html as window.Chart). Chart objects are kept
// here, outside Alpine's reactive data: Chart.js does not work on reactive proxies.

const charts = new Map();
const PALETTE = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#4b5563'];

function draw(canvas, config) {
    const existing = charts.get(canvas.id);
    if (existing) existing.destroy();
    charts.set(canvas.id, new window.Chart(canvas, config));
}

function options(stacked) {
    return {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
            x: { stacked, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 10 } },
            y: { stacked, beginAtZero: true, ticks: { precision: 0 } },
        },
        plugins: { legend: { position: 'bottom' } },
    };
}

/**
 * Draws (or redraws) the dashboard charts inside `root` whose canvases it holds (`#chart-orders`, `#chart-revenue`,
 * `#chart-imports`): `stats` has the days (`days`, or those of `importsPerDay`), `ordersPerDay` [{day, orders}],
 * `revenuePerDay` [{day, currency, revenue}] and, for the imports chart, `importsPerDay`.
 */
export function renderCharts(root, stats) {
    if (!window.Chart) return;
    const labels = stats.days || stats.importsPerDay.map(d => d.day);
    const orders = root.querySelector('#chart-orders');
    const revenue = root.querySelector('#chart-revenue');
    const imports = root.querySelector('#chart-imports');
    if (orders) {
        draw(orders, {
            type: 'bar',
            data: { labels, datasets: [{ label: 'Orders', data: stats.ordersPerDay.map(d => d.orders),
                backgroundColor: PALETTE[0] }] },
            options: options(false),
        });
    }
    if (revenue) {
        const currencies = [...new Set(stats.revenuePerDay.map(r => r.currency))].sort();
        draw(revenue, {
            type: 'line',
            data: {
                labels,
                datasets: currencies.map((currency, i) => {
                    const byDay = new Map(stats.revenuePerDay.filter(r => r.currency === currency)
                        .map(r => [r.day, Number(r.revenue)]));
                    return { label: currency, data: labels.map(day => byDay.get(day) || 0),
                        borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length],
                        tension: 0.2, pointRadius: 2 };
                }),
            },
            options: { ...options(false), scales: { ...options(false).scales, y: { beginAtZero: true } } },
        });
    }
    if (imports) {
        const series = (label, pick, color) => ({ label, data: stats.importsPerDay.map(pick), backgroundColor: color });
        draw(imports, {
            type: 'bar',
            data: {
                labels,
                datasets: [
                    series('Completed', d => d.completed, PALETTE[1]),
                    series('Failed', d => d.failed, PALETTE[2]),
                    series('Cancelled', d => d.cancelled, PALETTE[7]),
                    series('Running or queued', d => d.active, PALETTE[0]),
                ],
            },
            options: options(true),
        });
    }
}

export function destroyCharts() {
    charts.forEach(chart => chart.destroy());
    charts.clear();
}
