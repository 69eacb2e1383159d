// The vendor filter of the admin's lists across vendors (audit log, payment findings, notifications): the vendors by
// name for the select, and the one the route names (#/...?vendorId=) selected, even when it is not among the first
// hundred. A page composes it and calls loadVendors() from its init().
import { call } from './api.js';

export function vendorFilter() {
    return {
        vendors: [],
        vendorId: '',
        async loadVendors() {
            this.vendorId = this.params.vendorId || '';
            try {
                this.vendors = (await call('GET', '/admin/vendors', { query: { size: 100, sort: 'name,asc' } })).content;
            } catch (e) {
                this.vendors = [];
            }
            if (this.vendorId && !this.vendors.some(v => v.id === this.vendorId)) {
                try {
                    this.vendors = [await call('GET', '/admin/vendors/' + this.vendorId), ...this.vendors];
                } catch (e) {
                    // an unknown vendor id filters to an empty list, which says so
                }
            }
        },
        vendorOption(vendor) { return vendor.name + ' (' + vendor.code + ')'; },
        isFilteredVendor(vendor) { return vendor.id === this.vendorId; },
    };
}
