package org.eaihub.erp.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.jms.TextMessage;

import org.eaihub.config.seed.SeedData;
import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.Notifications;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.soap.api.CUSTOMER;
import org.eaihub.erp.soap.api.CUSTOMERCHANGEDATA;
import org.eaihub.erp.soap.api.CUSTOMERCREATEDATA;
import org.eaihub.erp.soap.api.CustomerChange;
import org.eaihub.erp.soap.api.CustomerChangeResponse;
import org.eaihub.erp.soap.api.CustomerCreate;
import org.eaihub.erp.soap.api.CustomerCreateResponse;
import org.eaihub.erp.soap.api.CustomerGetDetail;
import org.eaihub.erp.soap.api.ErpFault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerMasterSoapTest extends ErpIntegrationTest {

    @Autowired
    private ErpCalendar calendar;

    private CUSTOMER get(String customer) throws ErpFault {
        CustomerGetDetail request = new CustomerGetDetail();
        request.setKUNNR(customer);
        return erp().customerGetDetail(request).getCUSTOMER();
    }

    private static CustomerCreate create(String name, String taxNumber) {
        CustomerCreate request = new CustomerCreate();
        request.setREQUESTID(requestId());
        CUSTOMERCREATEDATA data = new CUSTOMERCREATEDATA();
        data.setNAME1(name);
        data.setSTRAS("8 Keji Road");
        data.setPSTLZ("518000");
        data.setORT01("Shenzhen");
        data.setLAND1("CN");
        data.setSTCD1(taxNumber);
        data.setKLIMK(new BigDecimal("80000"));
        request.setCUSTOMERDATA(data);
        return request;
    }

    private static CustomerChange change(String customer, Long version) {
        CustomerChange request = new CustomerChange();
        request.setREQUESTID(requestId());
        request.setKUNNR(customer);
        request.setVERSION(version);
        request.setCUSTOMERDATA(new CUSTOMERCHANGEDATA());
        return request;
    }

    @Test
    void theSeedsCustomersAreThereWithTheirErpNumbersAndCreditLimits() throws Exception {
        assertThat(count("customer", "ernam = ?", "MIGRATION")).isEqualTo(SeedData.CUSTOMERS);
        for (int index : new int[] {0, 41, 777, 999}) {
            SeedData.Customer seed = SeedData.customers().get(index);
            CUSTOMER customer = get(seed.erpNumber());
            String name = customer.getNAME2() == null ? customer.getNAME1()
                    : customer.getNAME1() + " " + customer.getNAME2();
            assertThat(name).isEqualTo(seed.name());
            assertThat(customer.getKLIMK()).isEqualByComparingTo(seed.creditLimit());
            assertThat(customer.getWAERS()).isEqualTo("CNY");
            assertThat(customer.getORT01()).isEqualTo(seed.city());
            assertThat(customer.getSTCD1()).isEqualTo(seed.taxId());
            assertThat(customer.getSTKZN()).isEqualTo(seed.kind() == SeedData.CustomerKind.INDIVIDUAL ? "X" : "");
            assertThat(customer.getERDAT()).isEqualTo(seed.since());
            assertThat(customer.getERNAM()).isEqualTo("MIGRATION");
            assertThat(customer.getKTOKD()).isEqualTo("0001");
        }
    }

    @Test
    void theCustomerListPagesThroughEveryCustomerInNumberOrder() throws Exception {
        org.eaihub.erp.soap.api.CustomerGetList first = new org.eaihub.erp.soap.api.CustomerGetList();
        first.setMAXROWS(400);
        var page = erp().customerGetList(first);
        assertThat(page.getCUSTOMERS().getItem()).hasSize(400);
        assertThat(page.isMORE()).isTrue();
        java.util.List<String> numbers = new java.util.ArrayList<>();
        page.getCUSTOMERS().getItem().forEach(c -> numbers.add(c.getKUNNR()));
        while (page.isMORE()) {
            org.eaihub.erp.soap.api.CustomerGetList next = new org.eaihub.erp.soap.api.CustomerGetList();
            next.setFROMKUNNR(numbers.get(numbers.size() - 1));
            next.setMAXROWS(400);
            page = erp().customerGetList(next);
            page.getCUSTOMERS().getItem().forEach(c -> numbers.add(c.getKUNNR()));
        }
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(SeedData.CUSTOMERS).isSorted().doesNotHaveDuplicates();
        org.eaihub.erp.soap.api.CustomerGetList tooMany = new org.eaihub.erp.soap.api.CustomerGetList();
        tooMany.setMAXROWS(5000);
        assertThatThrownBy(() -> erp().customerGetList(tooMany)).hasMessageContaining("MAX_ROWS");
    }

    @Test
    void theErpNumbersNewCustomersOneAfterTheOther() throws Exception {
        CustomerCreateResponse first = erp().customerCreate(create("Nordwind Retail Group", null));
        CustomerCreateResponse second = erp().customerCreate(create("Polaris Logistics Co.", null));

        assertThat(first.getKUNNR()).matches("[0-9]{10}").isGreaterThan("0010001000");
        assertThat(Long.parseLong(second.getKUNNR())).isEqualTo(Long.parseLong(first.getKUNNR()) + 1);
        CUSTOMER customer = first.getCUSTOMER();
        assertThat(customer.getKUNNR()).isEqualTo(first.getKUNNR());
        assertThat(customer.getVERSION()).isZero();
        assertThat(customer.getERDAT()).isEqualTo(calendar.today());
        assertThat(customer.getERNAM()).isEqualTo("HUB");
        assertThat(customer.getZTERM()).isEqualTo("0030");
        assertThat(customer.getAEDAT()).isNull();
        assertThat(first.getRETURN().getItem().get(0).getMESSAGE()).isEqualTo("Customer " + first.getKUNNR()
                + " created");
        assertThat(get(first.getKUNNR()).getNAME1()).isEqualTo("Nordwind Retail Group");

        TextMessage created = notifications().next("CUSTOMER_CHANGED", first.getKUNNR());
        Notifications.validate(created.getText());
        assertThat(Notifications.text(created.getText(), "CHIND")).isEqualTo("I");
        assertThat(Notifications.text(created.getText(), "NAME1")).isEqualTo("Nordwind Retail Group");
    }

    @Test
    void aChangeChangesTheFieldsGivenAndCountsTheVersion() throws Exception {
        CustomerCreateResponse created = erp().customerCreate(create("Seaview Trading Co., Ltd.", null));
        String customer = created.getKUNNR();
        CustomerChange request = change(customer, 0L);
        request.getCUSTOMERDATA().setNAME1("Seaview Trading Co., Ltd. (HK)");
        request.getCUSTOMERDATA().setKLIMK(new BigDecimal("120000"));
        request.getCUSTOMERDATA().setSTRAS("");

        CustomerChangeResponse response = erp().customerChange(request);

        assertThat(response.getCHANGEDFIELDS().getItem()).containsExactly("NAME1", "STRAS", "KLIMK");
        CUSTOMER changed = response.getCUSTOMER();
        assertThat(changed.getVERSION()).isEqualTo(1);
        assertThat(changed.getNAME1()).isEqualTo("Seaview Trading Co., Ltd. (HK)");
        assertThat(changed.getSTRAS()).isNull();
        assertThat(changed.getORT01()).isEqualTo("Shenzhen");
        assertThat(changed.getKLIMK()).isEqualByComparingTo("120000");
        assertThat(changed.getAEDAT()).isEqualTo(calendar.today());
        assertThat(changed.getAENAM()).isEqualTo("HUB");
        assertThat(changed.getLASTCHANGEDAT()).isAfter(created.getCUSTOMER().getLASTCHANGEDAT());
        assertThat(get(customer).getVERSION()).isEqualTo(1);

        notifications().next("CUSTOMER_CHANGED", customer);
        String xml = notifications().next("CUSTOMER_CHANGED", customer).getText();
        Notifications.validate(xml);
        assertThat(Notifications.text(xml, "CHIND")).isEqualTo("U");
        assertThat(Notifications.text(xml, "VERSION")).isEqualTo("1");
        assertThat(Notifications.texts(xml, "item")).containsExactly("NAME1", "STRAS", "KLIMK");
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() throws Exception {
        String customer = erp().customerCreate(create("Redwood Technology Ltd.", null)).getKUNNR();
        CustomerChange first = change(customer, 0L);
        first.getCUSTOMERDATA().setTELF1("+86 755 1234 5678");
        erp().customerChange(first);

        CustomerChange stale = change(customer, 0L);
        stale.getCUSTOMERDATA().setTELF1("+86 755 0000 0000");
        assertThatThrownBy(() -> erp().customerChange(stale)).isInstanceOfSatisfying(ErpFault.class, e -> {
            assertThat(messageOf(e)).isEqualTo("ZERP 014");
            assertThat(e.getMessage()).contains(customer, "version 1", "expects 0");
            assertThat(e.getFaultInfo().getRETURN().getItem().get(0).getFIELD()).isEqualTo("VERSION");
        });
        assertThat(get(customer).getTELF1()).isEqualTo("+86 755 1234 5678");

        CustomerChange unguarded = change(customer, null);
        unguarded.getCUSTOMERDATA().setTELF1("+86 755 0000 0000");
        assertThat(erp().customerChange(unguarded).getCUSTOMER().getVERSION()).isEqualTo(2);
    }

    @Test
    void aChangeThatChangesNothingLeavesTheCustomerAsItIs() throws Exception {
        String customer = erp().customerCreate(create("Alpina Office Retail Group", null)).getKUNNR();
        CustomerChange same = change(customer, 0L);
        same.getCUSTOMERDATA().setNAME1("Alpina Office Retail Group");
        same.getCUSTOMERDATA().setKLIMK(new BigDecimal("80000.00"));

        CustomerChangeResponse response = erp().customerChange(same);

        assertThat(response.getCHANGEDFIELDS().getItem()).isEmpty();
        assertThat(response.getCUSTOMER().getVERSION()).isZero();
        assertThat(response.getRETURN().getItem()).extracting(m -> m.getTYPE().value() + m.getNUMBER())
                .containsExactly("I015");
    }

    @Test
    void aSecondCustomerWithTheSameTaxNumberIsCreatedWithAWarning() throws Exception {
        String taxNumber = "91310000" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 8) + "X1";
        String first = erp().customerCreate(create("Kunlun Electronics Ltd.", taxNumber)).getKUNNR();

        CustomerCreateResponse second = erp().customerCreate(create("Kunlun Electronics Ltd.", taxNumber));

        assertThat(second.getKUNNR()).isNotEqualTo(first);
        assertThat(second.getRETURN().getItem()).extracting(m -> m.getTYPE().value() + m.getNUMBER())
                .containsExactly("S011", "W012");
        assertThat(second.getRETURN().getItem().get(1).getMESSAGE()).contains(taxNumber, first);
    }

    @Test
    void unknownCustomersAndForeignCurrenciesAreRefused() {
        assertThatThrownBy(() -> get("0019999999")).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 010"));
        CustomerChange unknown = change("0019999999", null);
        unknown.getCUSTOMERDATA().setNAME1("Nobody");
        assertThatThrownBy(() -> erp().customerChange(unknown)).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 010"));

        CustomerCreate dollars = create("Meridian Import & Export Co.", null);
        dollars.getCUSTOMERDATA().setWAERS("USD");
        assertThatThrownBy(() -> erp().customerCreate(dollars)).isInstanceOfSatisfying(ErpFault.class, e -> {
            assertThat(messageOf(e)).isEqualTo("ZERP 016");
            assertThat(e.getFaultInfo().getRETURN().getItem().get(0).getFIELD()).isEqualTo("WAERS");
        });
        assertThat(count("customer", "name1 = ?", "Meridian Import & Export Co.")).isZero();
    }

    @Test
    void theChangedFieldsUseTheErpsNames() {
        assertThat(List.of("NAME1", "NAME2", "STRAS", "PSTLZ", "ORT01", "LAND1", "TELF1", "SMTP_ADDR", "STCD1",
                "STKZN", "ZTERM", "KLIMK", "CRBLB")).allSatisfy(field -> assertThat(field).matches("[A-Z0-9_]+"));
    }
}
