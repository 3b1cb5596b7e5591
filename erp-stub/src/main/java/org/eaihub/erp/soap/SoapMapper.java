package org.eaihub.erp.soap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eaihub.erp.billing.GoodsIssueService;
import org.eaihub.erp.common.Money;
import org.eaihub.erp.common.ReturnMessage;
import org.eaihub.erp.credit.CreditCheck;
import org.eaihub.erp.customer.Customer;
import org.eaihub.erp.customer.CustomerFields;
import org.eaihub.erp.history.TradeHistory;
import org.eaihub.erp.receivables.OpenItem;
import org.eaihub.erp.receivables.PaymentAllocation;
import org.eaihub.erp.receivables.ReceivablesAging;
import org.eaihub.erp.sales.OrderHeader;
import org.eaihub.erp.sales.Pricing;
import org.eaihub.erp.sales.SalesOrder;
import org.eaihub.erp.sales.SalesOrderItem;
import org.eaihub.erp.soap.api.AGINGBUCKET;
import org.eaihub.erp.soap.api.AGINGBUCKETS;
import org.eaihub.erp.soap.api.AUART;
import org.eaihub.erp.soap.api.BAPIMTYPE;
import org.eaihub.erp.soap.api.BAPIRET2;
import org.eaihub.erp.soap.api.BAPIRET2TAB;
import org.eaihub.erp.soap.api.BLART;
import org.eaihub.erp.soap.api.CLEAREDITEM;
import org.eaihub.erp.soap.api.CLEAREDITEMS;
import org.eaihub.erp.soap.api.CMGST;
import org.eaihub.erp.soap.api.CREDITDATA;
import org.eaihub.erp.soap.api.CUSTOMER;
import org.eaihub.erp.soap.api.CUSTOMERCHANGEDATA;
import org.eaihub.erp.soap.api.CUSTOMERCREATEDATA;
import org.eaihub.erp.soap.api.INVOICE;
import org.eaihub.erp.soap.api.INVOICEITEM;
import org.eaihub.erp.soap.api.INVOICEITEMS;
import org.eaihub.erp.soap.api.OPENITEM;
import org.eaihub.erp.soap.api.OPENITEMS;
import org.eaihub.erp.soap.api.ORDERHEADERIN;
import org.eaihub.erp.soap.api.ORDERITEM;
import org.eaihub.erp.soap.api.ORDERITEMIN;
import org.eaihub.erp.soap.api.ORDERITEMS;
import org.eaihub.erp.soap.api.PERIOD;
import org.eaihub.erp.soap.api.PERIODS;
import org.eaihub.erp.soap.api.SALESORDER;
import org.eaihub.erp.soap.api.SHKZG;
import org.eaihub.erp.soap.api.STATV;

/** Between the SOAP contract's types (SAP field names) and the ERP's domain. */
final class SoapMapper {

    private SoapMapper() {
    }

    // ------------------------------------------------------------------ requests

    static CustomerFields fields(CUSTOMERCREATEDATA d) {
        return CustomerFields.builder().name1(d.getNAME1()).name2(d.getNAME2()).street(d.getSTRAS())
                .postalCode(d.getPSTLZ()).city(d.getORT01()).country(d.getLAND1()).phone(d.getTELF1())
                .email(d.getSMTPADDR()).taxNumber(d.getSTCD1()).naturalPerson(flag(d.getSTKZN()))
                .paymentTerms(d.getZTERM()).creditLimit(d.getKLIMK()).currency(d.getWAERS())
                .creditBlock(flag(d.getCRBLB())).build();
    }

    static CustomerFields fields(CUSTOMERCHANGEDATA d) {
        return CustomerFields.builder().name1(d.getNAME1()).name2(d.getNAME2()).street(d.getSTRAS())
                .postalCode(d.getPSTLZ()).city(d.getORT01()).country(d.getLAND1()).phone(d.getTELF1())
                .email(d.getSMTPADDR()).taxNumber(d.getSTCD1()).naturalPerson(flag(d.getSTKZN()))
                .paymentTerms(d.getZTERM()).creditLimit(d.getKLIMK()).creditBlock(flag(d.getCRBLB())).build();
    }

    static OrderHeader header(ORDERHEADERIN h) {
        return new OrderHeader(h.getAUART() == null ? null : h.getAUART().value(), h.getVKORG(), h.getVTWEG(),
                h.getSPART(), h.getKUNAG(), h.getKUNWE(), h.getBSTKD(), h.getBSTDK(), h.getVDATU(), h.getWAERK(),
                h.getZTERM());
    }

    static List<Pricing.Requested> items(List<ORDERITEMIN> items) {
        return items.stream().map(i -> new Pricing.Requested(i.getPOSNR(), i.getMATNR(), i.getKWMENG(), i.getVRKME()))
                .toList();
    }

    /** An SAP flag: "X" true, empty false, absent null. */
    static Boolean flag(String value) {
        return value == null ? null : "X".equals(value);
    }

    static String flag(boolean value) {
        return value ? "X" : "";
    }

    // ------------------------------------------------------------------ responses

    static BAPIRET2TAB messages(List<ReturnMessage> messages) {
        BAPIRET2TAB table = new BAPIRET2TAB();
        messages.forEach(m -> table.getItem().add(message(m)));
        return table;
    }

    static BAPIRET2 message(ReturnMessage m) {
        BAPIRET2 row = new BAPIRET2();
        row.setTYPE(BAPIMTYPE.fromValue(String.valueOf(m.type())));
        row.setID(m.id());
        row.setNUMBER(m.number());
        row.setMESSAGE(m.message());
        List<String> v = m.variables();
        row.setMESSAGEV1(v.size() > 0 ? v.get(0) : null);
        row.setMESSAGEV2(v.size() > 1 ? v.get(1) : null);
        row.setMESSAGEV3(v.size() > 2 ? v.get(2) : null);
        row.setMESSAGEV4(v.size() > 3 ? v.get(3) : null);
        row.setPARAMETER(m.parameter());
        row.setFIELD(m.field());
        return row;
    }

    static CUSTOMER customer(Customer c) {
        CUSTOMER x = new CUSTOMER();
        x.setKUNNR(c.number());
        x.setKTOKD(c.accountGroup());
        x.setNAME1(c.name1());
        x.setNAME2(c.name2());
        x.setSTRAS(c.street());
        x.setPSTLZ(c.postalCode());
        x.setORT01(c.city());
        x.setLAND1(c.country());
        x.setTELF1(c.phone());
        x.setSMTPADDR(c.email());
        x.setSTCD1(c.taxNumber());
        x.setSTKZN(flag(c.naturalPerson()));
        x.setZTERM(c.paymentTerms());
        x.setKLIMK(c.creditLimit());
        x.setWAERS(c.currency());
        x.setCRBLB(flag(c.creditBlock()));
        x.setERDAT(c.createdOn());
        x.setERNAM(c.createdBy());
        x.setAEDAT(c.changedOn());
        x.setAENAM(c.changedBy());
        x.setVERSION(c.version());
        x.setLASTCHANGEDAT(c.lastChangedAt().atOffset(ZoneOffset.UTC));
        return x;
    }

    static CREDITDATA credit(Customer c, CreditCheck.Decision standing) {
        CREDITDATA x = new CREDITDATA();
        x.setKLIMK(standing.creditLimit());
        x.setWAERS(c.currency());
        x.setSKFOR(standing.openReceivables());
        x.setKLPRZ(standing.creditLimit().signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : standing.openReceivables().multiply(BigDecimal.valueOf(100))
                        .divide(standing.creditLimit(), 2, RoundingMode.HALF_UP));
        x.setCRBLB(flag(c.creditBlock()));
        x.setCMGST(cmgst(standing.status()));
        return x;
    }

    static CMGST cmgst(CreditCheck.Status status) {
        return CMGST.fromValue(status.code());
    }

    static SALESORDER order(SalesOrder o) {
        SALESORDER x = new SALESORDER();
        x.setVBELN(o.number());
        x.setAUART(AUART.fromValue(o.orderType()));
        x.setVKORG(o.salesOrganization());
        x.setVTWEG(o.distributionChannel());
        x.setSPART(o.division());
        x.setKUNAG(o.soldTo());
        x.setKUNWE(o.shipTo());
        x.setBSTKD(o.customerPo());
        x.setBSTDK(o.customerPoDate());
        x.setVDATU(o.requestedDelivery());
        x.setERDAT(o.createdOn());
        x.setERZET(o.createdTime());
        x.setERNAM(o.createdBy());
        x.setWAERK(o.currency());
        x.setZTERM(o.paymentTerms());
        x.setNETWR(o.net());
        x.setMWSBK(o.tax());
        x.setBRTWR(o.gross());
        x.setCMGST(CMGST.fromValue(o.creditStatus()));
        x.setGBSTK(STATV.fromValue(o.overallStatus()));
        x.setLFSTK(STATV.fromValue(o.deliveryStatus()));
        x.setFKSTK(STATV.fromValue(o.billingStatus()));
        x.setABGRU(o.rejectionReason());
        x.setVBELNVL(o.delivery());
        x.setVBELNVF(o.invoice());
        ORDERITEMS items = new ORDERITEMS();
        for (SalesOrderItem i : o.items()) {
            ORDERITEM item = new ORDERITEM();
            item.setPOSNR(i.position());
            item.setMATNR(i.material());
            item.setARKTX(i.description());
            item.setKWMENG(i.quantity());
            item.setVRKME(i.unit());
            item.setNETPR(i.netPrice());
            item.setKPEIN(i.priceUnit());
            item.setNETWR(i.net());
            item.setMWSBP(i.tax());
            item.setBRTWR(i.gross());
            items.getItem().add(item);
        }
        x.setITEMS(items);
        return x;
    }

    static INVOICE invoice(GoodsIssueService.InvoiceView view) {
        var invoice = view.invoice();
        OpenItem item = view.openItem();
        INVOICE x = new INVOICE();
        x.setVBELN(invoice.number());
        x.setFKART(invoice.billingType());
        x.setFKDAT(invoice.billingDate());
        x.setKUNRG(invoice.payer());
        x.setAUBEL(invoice.order());
        x.setVGBEL(invoice.delivery());
        x.setBELNR(item.documentNumber());
        x.setWAERK(invoice.currency());
        x.setNETWR(invoice.net());
        x.setMWSBK(invoice.tax());
        x.setBRTWR(invoice.gross());
        x.setZTERM(invoice.paymentTerms());
        x.setNETDT(invoice.dueDate());
        x.setOPENAMOUNT(item.openAmount());
        x.setAUGDT(item.clearingDate());
        x.setAUGBL(item.clearingDocument());
        INVOICEITEMS items = new INVOICEITEMS();
        for (SalesOrderItem i : view.order().items()) {
            INVOICEITEM row = new INVOICEITEM();
            row.setPOSNR(i.position());
            row.setMATNR(i.material());
            row.setARKTX(i.description());
            row.setFKIMG(i.quantity());
            row.setVRKME(i.unit());
            row.setNETWR(i.net());
            row.setMWSBP(i.tax());
            row.setBRTWR(i.gross());
            items.getItem().add(row);
        }
        x.setITEMS(items);
        return x;
    }

    static OPENITEMS openItems(List<OpenItem> items, LocalDate keyDate) {
        OPENITEMS table = new OPENITEMS();
        for (OpenItem i : items) {
            OPENITEM row = new OPENITEM();
            row.setBELNR(i.documentNumber());
            row.setBLART(BLART.fromValue(i.documentType()));
            row.setBLDAT(i.documentDate());
            row.setBUDAT(i.postingDate());
            row.setNETDT(i.dueDate());
            row.setSHKZG(SHKZG.fromValue(i.debitCredit()));
            row.setWRBTR(i.amount());
            row.setDMBTR(i.openAmount());
            row.setWAERS(i.currency());
            row.setVBELN(i.invoice());
            row.setAGEDAYS((int) ReceivablesAging.ageDays(i.documentDate(), keyDate));
            row.setVERZN((int) ChronoUnit.DAYS.between(i.dueDate(), keyDate));
            table.getItem().add(row);
        }
        return table;
    }

    static AGINGBUCKETS buckets(ReceivablesAging.Result aging) {
        AGINGBUCKETS table = new AGINGBUCKETS();
        for (ReceivablesAging.BucketTotal total : aging.buckets()) {
            AGINGBUCKET row = new AGINGBUCKET();
            row.setBUCKET(total.bucket().label());
            row.setDAYSFROM(total.bucket().from());
            row.setDAYSTO(total.bucket().to());
            row.setITEMCOUNT(total.count());
            row.setDMBTR(Money.of(total.amount()));
            table.getItem().add(row);
        }
        return table;
    }

    static CLEAREDITEMS cleared(List<PaymentAllocation.Applied> applied, Map<String, OpenItem> items) {
        CLEAREDITEMS table = new CLEAREDITEMS();
        for (PaymentAllocation.Applied a : applied) {
            OpenItem item = items.get(a.document());
            CLEAREDITEM row = new CLEAREDITEM();
            row.setBELNR(a.document());
            row.setVBELN(item.invoice());
            row.setDMBTR(a.amount());
            row.setREST(Money.of(a.rest()));
            row.setAUGDT(item.clearingDate());
            table.getItem().add(row);
        }
        return table;
    }

    static PERIODS periods(List<TradeHistory.Period> periods) {
        PERIODS table = new PERIODS();
        for (TradeHistory.Period p : periods) {
            PERIOD row = new PERIOD();
            row.setSPMON(p.spmon());
            row.setORDERCOUNT(p.orderCount());
            row.setAENETWR(p.orderNet());
            row.setAEBRTWR(p.orderGross());
            row.setUMNETWR(p.invoicedNet());
            row.setCANCELLEDCOUNT(p.cancelledCount());
            table.getItem().add(row);
        }
        return table;
    }
}
