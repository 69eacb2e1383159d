// What several pages of the vendor portal show alike.

/** An amount with two decimals (the currency is shown beside it). */
export function money(amount) {
    return Number(amount).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** An order's total with its currency, as the order and customer pages show it. */
export function orderTotal(order) {
    return money(order.total) + ' ' + order.currency;
}
