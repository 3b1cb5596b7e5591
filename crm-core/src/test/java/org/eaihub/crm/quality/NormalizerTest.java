package org.eaihub.crm.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NormalizerTest {

    private final Normalizer normalizer = new Normalizer("CN");

    @Test
    void phoneNumbersBecomeE164WithChinaAsTheDefaultRegion() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(normalizer.phone("138 0013 8000", "phone", errors)).isEqualTo("+8613800138000");
        assertThat(normalizer.phone("+86-138-0013-8000", "phone", errors)).isEqualTo("+8613800138000");
        assertThat(normalizer.phone("(021) 6321 8888", "phone", errors)).isEqualTo("+862163218888");
        assertThat(normalizer.phone("+49 30 1234567", "phone", errors)).isEqualTo("+49301234567");
        assertThat(errors).isEmpty();
    }

    @Test
    void anImpossiblePhoneNumberIsAnErrorNamingTheField() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(normalizer.phone("12", "contacts[1].phone", errors)).isNull();
        assertThat(normalizer.phone("not a number", "phone", errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("contacts[1].phone", "phone");
        assertThat(errors).extracting(FieldError::rule).containsOnly("phone");
    }

    @Test
    void emailAddressesAreLowerCasedAndChecked() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(Normalizer.email("  Wang.Wei@Example.COM ", "email", errors)).isEqualTo("wang.wei@example.com");
        assertThat(Normalizer.email("wang.wei@localhost", "email", errors)).isNull();
        assertThat(Normalizer.email("two@@example.com", "email", errors)).isNull();
        assertThat(errors).hasSize(2).allMatch(e -> e.field().equals("email") && e.rule().equals("email"));
        assertThat(errors).allMatch(e -> !e.message().contains("wang.wei"));
    }

    @Test
    void namesKeepTheirSpellingButMatchWithoutCaseAccentsPunctuationOrLegalForm() {
        assertThat(Normalizer.text("  Huaxin   Trading\tCo., Ltd. ")).isEqualTo("Huaxin Trading Co., Ltd.");
        assertThat(Normalizer.nameKey("Huaxin Trading Co., Ltd.")).isEqualTo("huaxin trading");
        assertThat(Normalizer.nameKey("HUAXIN TRADING LIMITED")).isEqualTo("huaxin trading");
        assertThat(Normalizer.nameKey("Léa  Dubois")).isEqualTo("lea dubois");
        assertThat(Normalizer.nameKey("上海华信贸易有限公司")).isEqualTo("上海华信贸易有限公司");
        assertThat(Normalizer.text("   ")).isNull();
    }

    @Test
    void taxIdsLoseSeparatorsAndCase() {
        assertThat(Normalizer.taxId(" 91310000-1234.5678 9x ")).isEqualTo("91310000123456789X");
    }
}
