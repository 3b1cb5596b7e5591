package org.eaihub.erp.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eaihub.config.seed.SeedData;
import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.soap.api.ErpFault;
import org.eaihub.erp.soap.api.GoodsIssuePost;
import org.eaihub.erp.soap.api.ORDERITEM;
import org.eaihub.erp.soap.api.SALESORDER;
import org.eaihub.erp.soap.api.SalesOrderCancel;
import org.eaihub.erp.soap.api.SalesOrderCancelResponse;
import org.eaihub.erp.soap.api.SalesOrderCreate;
import org.eaihub.erp.soap.api.SalesOrderCreateResponse;
import org.eaihub.erp.soap.api.SalesOrderGetDetail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SalesOrderSoapTest extends ErpIntegrationTest {

    @Autowired
    private ErpCalendar calendar;

    private SALESORDER get(String order) throws ErpFault {
        SalesOrderGetDetail request = new SalesOrderGetDetail();
        request.setVBELN(order);
        return erp().salesOrderGetDetail(request).getSALESORDER();
    }

    private SalesOrderCancelResponse cancel(String order, String reason) throws ErpFault {
        SalesOrderCancel request = new SalesOrderCancel();
        request.setREQUESTID(requestId());
        request.setVBELN(order);
        request.setABGRU(reason);
        return erp().salesOrderCancel(request);
    }

    private void goodsIssue(String order) throws ErpFault {
        GoodsIssuePost request = new GoodsIssuePost();
        request.setREQUESTID(requestId());
        request.setVBELN(order);
        erp().goodsIssuePost(request);
    }

    private static BigDecimal tax(BigDecimal net) {
        return net.multiply(new BigDecimal("0.13")).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void theErpNumbersAndPricesAnOrderFromItsOwnPriceList() throws Exception {
        SeedData.Product laptop = SeedData.products().get(0);
        SeedData.Product router = SeedData.products().get(8);
        String customer = newCustomer("1000000");

        SalesOrderCreateResponse response = newOrder(customer, laptop.sku(), "2", router.sku(), "3");

        SALESORDER order = response.getSALESORDER();
        assertThat(response.getVBELN()).matches("[0-9]{10}").isEqualTo(order.getVBELN());
        ORDERITEM first = order.getITEMS().getItem().get(0);
        ORDERITEM second = order.getITEMS().getItem().get(1);
        assertThat(first.getPOSNR()).isEqualTo("000010");
        assertThat(second.getPOSNR()).isEqualTo("000020");
        assertThat(first.getMATNR()).isEqualTo(laptop.sku());
        assertThat(first.getARKTX()).isEqualTo(laptop.description());
        assertThat(first.getNETPR()).isEqualByComparingTo(laptop.listPrice());
        BigDecimal firstNet = laptop.listPrice().multiply(BigDecimal.valueOf(2));
        BigDecimal secondNet = router.listPrice().multiply(BigDecimal.valueOf(3));
        assertThat(first.getNETWR()).isEqualByComparingTo(firstNet);
        assertThat(first.getMWSBP()).isEqualByComparingTo(tax(firstNet));
        assertThat(first.getBRTWR()).isEqualByComparingTo(firstNet.add(tax(firstNet)));
        assertThat(second.getNETWR()).isEqualByComparingTo(secondNet);
        assertThat(order.getNETWR()).isEqualByComparingTo(firstNet.add(secondNet));
        assertThat(order.getMWSBK()).isEqualByComparingTo(tax(firstNet).add(tax(secondNet)));
        assertThat(order.getBRTWR()).isEqualByComparingTo(order.getNETWR().add(order.getMWSBK()));
        assertThat(order.getWAERK()).isEqualTo("CNY");
        assertThat(order.getAUART().value()).isEqualTo("TA");
        assertThat(order.getVKORG()).isEqualTo("1000");
        assertThat(order.getKUNAG()).isEqualTo(customer);
        assertThat(order.getKUNWE()).isEqualTo(customer);
        assertThat(order.getZTERM()).isEqualTo("0030");
        assertThat(order.getERDAT()).isEqualTo(calendar.today());
        assertThat(order.getCMGST().value()).isEqualTo("A");
        assertThat(order.getGBSTK().value() + order.getLFSTK().value() + order.getFKSTK().value()).isEqualTo("AAA");
        assertThat(response.getRETURN().getItem().get(0).getMESSAGE())
                .isEqualTo("Standard order " + response.getVBELN() + " has been saved");
    }

    @Test
    void anOrderIsReadBackAsItWasCreated() throws Exception {
        SalesOrderCreateResponse created = newOrder(newCustomer("100000"), "SKU-00003", "1");

        SALESORDER order = get(created.getVBELN());

        assertThat(order.getBSTKD()).isEqualTo(created.getSALESORDER().getBSTKD());
        assertThat(order.getBRTWR()).isEqualByComparingTo(created.getSALESORDER().getBRTWR());
        assertThat(order.getITEMS().getItem()).hasSize(1);
        assertThat(order.getVBELNVL()).isNull();
    }

    @Test
    void anUnknownMaterialIsAFaultNamingIt() throws Exception {
        String customer = newCustomer("100000");
        SalesOrderCreate request = orderRequest(customer, "SKU-00001", "1", "SKU-99999", "2");

        assertThatThrownBy(() -> erp().salesOrderCreate(request)).isInstanceOfSatisfying(ErpFault.class, e -> {
            var message = e.getFaultInfo().getRETURN().getItem().get(0);
            assertThat(message.getMESSAGE()).isEqualTo("Material SKU-99999 does not exist (item 000020)");
            assertThat(message.getMESSAGEV1()).isEqualTo("SKU-99999");
            assertThat(message.getFIELD()).isEqualTo("MATNR");
            assertThat(message.getPARAMETER()).isEqualTo("ORDER_ITEMS_IN");
        });
        assertThat(count("sales_order", "kunag = ?", customer)).isZero();
    }

    @Test
    void wholePiecesOnly() throws Exception {
        String customer = newCustomer("100000");

        assertThatThrownBy(() -> newOrder(customer, "SKU-00001", "1.5")).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 031"));
    }

    @Test
    void unknownPartiesAreRefused() throws Exception {
        assertThatThrownBy(() -> newOrder("0019999999", "SKU-00001", "1")).isInstanceOfSatisfying(ErpFault.class,
                e -> {
                    assertThat(messageOf(e)).isEqualTo("ZERP 010");
                    assertThat(e.getFaultInfo().getRETURN().getItem().get(0).getFIELD()).isEqualTo("KUNAG");
                });
        SalesOrderCreate shipTo = orderRequest(newCustomer("100000"), "SKU-00001", "1");
        shipTo.getORDERHEADERIN().setKUNWE("0019999998");
        assertThatThrownBy(() -> erp().salesOrderCreate(shipTo)).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 047"));
        SalesOrderCreate dollars = orderRequest(newCustomer("100000"), "SKU-00001", "1");
        dollars.getORDERHEADERIN().setWAERK("USD");
        assertThatThrownBy(() -> erp().salesOrderCreate(dollars)).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 016"));
        assertThatThrownBy(() -> get("0000000001")).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 036"));
    }

    @Test
    void anOrderIsCancelledWithAReasonAndThenCannotBeDelivered() throws Exception {
        String order = newOrder(newCustomer("100000"), "SKU-00004", "1").getVBELN();

        SalesOrderCancelResponse cancelled = cancel(order, "Z1");

        assertThat(cancelled.getSALESORDER().getABGRU()).isEqualTo("Z1");
        assertThat(cancelled.getSALESORDER().getGBSTK().value()).isEqualTo("C");
        assertThat(cancelled.getSALESORDER().getLFSTK().value()).isEqualTo("A");
        assertThat(cancelled.getRETURN().getItem().get(0).getNUMBER()).isEqualTo("038");
        assertThat(get(order).getABGRU()).isEqualTo("Z1");

        SalesOrderCancelResponse again = cancel(order, "03");
        assertThat(again.getRETURN().getItem()).extracting(m -> m.getTYPE().value() + m.getNUMBER())
                .containsExactly("W039");
        assertThat(again.getSALESORDER().getABGRU()).isEqualTo("Z1");

        assertThatThrownBy(() -> goodsIssue(order)).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 040"));
    }

    @Test
    void aDeliveredOrderCannotBeCancelled() throws Exception {
        var billed = shipAndBill(newCustomer("100000"), "SKU-00005", "1");
        String order = billed.order().getVBELN();

        assertThatThrownBy(() -> cancel(order, "Z1")).isInstanceOfSatisfying(ErpFault.class, e -> {
            assertThat(messageOf(e)).isEqualTo("ZERP 037");
            assertThat(e.getMessage()).contains(billed.goodsIssue().getVBELNVL());
        });
        assertThat(get(order).getABGRU()).isNull();
    }
}
