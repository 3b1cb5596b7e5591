package org.eaihub.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A customer as the CRM's REST API and import take it. Credit grade and limit are not part of it: the ERP owns
 * them, and a request that carries them is refused.
 */
public record CustomerRequest(
        @NotNull PartyKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 30) String taxId,
        @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Valid Individual individual,
        @Valid Enterprise enterprise,
        @Size(max = 20) List<@NotNull @Valid AddressDto> addresses,
        @Size(max = 50) List<@NotNull @Valid ContactDto> contacts,
        @Pattern(regexp = "ONLINE_PAYMENT|CASH_ON_DELIVERY|SELF_PICKUP|BANK_TRANSFER") String preferredChannel,
        Lifecycle lifecycle,
        @Size(max = 500) String reasonForLeaving,
        CustomerState status,
        @Size(max = 500) String statusReason,
        Grade grade,
        @Size(max = 50) String classification,
        Boolean keyAccount,
        Visibility visibility,
        @Size(max = 50) Set<@NotBlank @Size(max = 100) String> restrictedTo,
        @Size(max = 100) String owner,
        @Size(max = 100) String team,
        @Size(max = 20) String erpNumber,
        @Size(max = 20) String scmPartyId,
        /** For updates: the version the change is based on. */
        @PositiveOrZero Long version,
        /** Refused: owned by the ERP. */
        String creditGrade,
        /** Refused: owned by the ERP. */
        BigDecimal creditLimit) {

    public record Individual(
            @Pattern(regexp = "FEMALE|MALE|OTHER") String gender,
            LocalDate birthDate,
            @Size(max = 20) String maritalStatus,
            @Size(max = 200) String employer,
            @Size(max = 100) String jobTitle,
            @Size(max = 20) String incomeBand) {
    }

    public record Enterprise(
            @Size(max = 100) String industry,
            @PositiveOrZero @Max(10_000_000) Integer employeeCount,
            LocalDate foundedOn,
            @Size(max = 100) String salesRegion,
            @Size(max = 200) String legalRepresentative) {
    }

    public record AddressDto(
            @NotNull @Pattern(regexp = "BILLING|SHIPPING|REGISTERED|POSTAL") String type,
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postalCode,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String countryCode) {
    }

    public record ContactDto(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String jobTitle,
            @Size(max = 254) String email,
            @Size(max = 40) String phone,
            Boolean primary) {
    }
}
