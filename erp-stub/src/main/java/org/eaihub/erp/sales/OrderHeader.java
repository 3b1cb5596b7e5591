package org.eaihub.erp.sales;

import java.time.LocalDate;

/**
 * A sales order's header data as the ERP keeps it, after defaults are applied.
 *
 * @param orderType            AUART: TA standard order, SO rush order
 * @param salesOrganization    VKORG
 * @param distributionChannel  VTWEG
 * @param division             SPART
 * @param soldTo               KUNAG
 * @param shipTo               KUNWE
 * @param customerPo           BSTKD: the customer's purchase order number
 * @param customerPoDate       BSTDK
 * @param requestedDelivery    VDATU
 * @param currency             WAERK
 * @param paymentTerms         ZTERM
 */
public record OrderHeader(String orderType, String salesOrganization, String distributionChannel, String division,
        String soldTo, String shipTo, String customerPo, LocalDate customerPoDate, LocalDate requestedDelivery,
        String currency, String paymentTerms) {
}
