package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;

import com.wizamart.ordering.domain.VatLine;

/** The VAT included at one rate: {@code gross = net + tax}. */
record VatResponse(BigDecimal rate, BigDecimal gross, BigDecimal net, BigDecimal tax) {

    static List<VatResponse> of(List<VatLine> lines) {
        return lines.stream().map(v -> new VatResponse(v.rate(), v.gross(), v.net(), v.tax())).toList();
    }
}
