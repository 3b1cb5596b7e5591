package org.eaihub.crm.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eaihub.crm.access.Staff;
import org.eaihub.crm.customer.CustomerInput;
import org.eaihub.crm.customer.CustomerRecord;
import org.eaihub.crm.customer.CustomerRequest;
import org.eaihub.crm.customer.CustomerService;
import org.eaihub.crm.customer.Grade;
import org.eaihub.crm.customer.Lifecycle;
import org.eaihub.crm.customer.PartyKind;
import org.eaihub.crm.quality.CustomerValidationException;
import org.eaihub.crm.quality.DuplicateCustomerException;
import org.eaihub.crm.quality.DuplicateMatch;
import org.eaihub.crm.quality.FieldError;
import org.eaihub.crm.quality.MatchKeys;
import org.eaihub.crm.quality.MatchRules;
import org.eaihub.crm.quality.MatchingProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Imports customers row by row, each in its own transaction: a row is created only when it is valid and matches
 * neither an existing customer nor an earlier row of the same file, by the same match rules as a create.
 */
@Service
public class CustomerImport {

    /** The CSV columns, in any order; the header row names them. */
    public static final List<String> CSV_COLUMNS = List.of("kind", "name", "taxId", "email", "phone", "addressType",
            "line1", "city", "postalCode", "countryCode", "lifecycle", "grade", "keyAccount");

    private final CustomerService customers;
    private final MatchRules rules;
    private final Validator validator;

    public CustomerImport(CustomerService customers, MatchRules rules, Validator validator) {
        this.customers = customers;
        this.rules = rules;
        this.validator = validator;
    }

    public List<RowResult> importCsv(Reader csv, Staff staff) throws IOException {
        List<CustomerRequest> rows = new ArrayList<>();
        List<List<FieldError>> parseErrors = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(csv)) {
            List<FieldError> errors = new ArrayList<>();
            Map<String, String> values = record.toMap();
            rows.add(new CustomerRequest(enumValue(PartyKind.class, values, "kind", errors), values.get("name"),
                    values.get("taxId"), values.get("email"), values.get("phone"), null, null,
                    values.get("line1") == null || values.get("line1").isBlank() ? List.of()
                            : List.of(new CustomerRequest.AddressDto(
                                    Optional.ofNullable(blankToNull(values.get("addressType"))).orElse("BILLING"),
                                    values.get("line1"), null, values.get("city"), null, values.get("postalCode"),
                                    Optional.ofNullable(blankToNull(values.get("countryCode"))).orElse("CN"))),
                    List.of(), null, enumValue(Lifecycle.class, values, "lifecycle", errors), null, null, null,
                    enumValue(Grade.class, values, "grade", errors), null,
                    "true".equalsIgnoreCase(values.get("keyAccount")), null, null, null, null, null, null, null, null,
                    null));
            parseErrors.add(errors);
        }
        return importRows(rows, parseErrors, staff);
    }

    public List<RowResult> importJson(List<CustomerRequest> rows, Staff staff) {
        return importRows(rows, rows.stream().map(r -> List.<FieldError>of()).toList(), staff);
    }

    private List<RowResult> importRows(List<CustomerRequest> rows, List<List<FieldError>> parseErrors, Staff staff) {
        List<RowResult> results = new ArrayList<>();
        List<MatchKeys> accepted = new ArrayList<>();
        List<Integer> acceptedRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            CustomerRequest request = rows.get(i);
            List<FieldError> errors = new ArrayList<>(parseErrors.get(i));
            for (ConstraintViolation<CustomerRequest> violation : validator.validate(request)) {
                errors.add(new FieldError(violation.getPropertyPath().toString(),
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        violation.getMessage()));
            }
            if (!errors.isEmpty()) {
                results.add(new RowResult(row, RowResult.Outcome.INVALID, null, null, null, null, errors));
                continue;
            }
            try {
                CustomerInput input = customers.normalize(request);
                MatchKeys keys = input.keys(null);
                Optional<RowResult> inFile = duplicateInFile(row, keys, accepted, acceptedRows);
                if (inFile.isPresent()) {
                    results.add(inFile.get());
                    continue;
                }
                List<DuplicateMatch> existing = customers.findDuplicates(keys);
                if (!existing.isEmpty()) {
                    results.add(duplicateOfExisting(row, existing.get(0)));
                    continue;
                }
                CustomerRecord created = customers.create(request, staff, false);
                accepted.add(keys);
                acceptedRows.add(row);
                results.add(new RowResult(row, RowResult.Outcome.CREATED, created.getId(), null, null, null, null));
            } catch (CustomerValidationException e) {
                results.add(new RowResult(row, RowResult.Outcome.INVALID, null, null, null, null, e.errors()));
            } catch (DuplicateCustomerException e) {
                results.add(duplicateOfExisting(row, e.matches().get(0)));
            } catch (DataIntegrityViolationException e) {
                // Created concurrently by someone else between our check and our insert.
                results.add(new RowResult(row, RowResult.Outcome.DUPLICATE_OF_EXISTING, null, null, null, "unique",
                        null));
            }
        }
        return results;
    }

    private Optional<RowResult> duplicateInFile(int row, MatchKeys keys, List<MatchKeys> accepted,
            List<Integer> acceptedRows) {
        for (int j = 0; j < accepted.size(); j++) {
            Optional<MatchingProperties.MatchRule> rule = rules.firstMatch(keys, accepted.get(j));
            if (rule.isPresent()) {
                return Optional.of(new RowResult(row, RowResult.Outcome.DUPLICATE_IN_FILE, null, null,
                        acceptedRows.get(j), rule.get().name(), null));
            }
        }
        return Optional.empty();
    }

    private static RowResult duplicateOfExisting(int row, DuplicateMatch match) {
        return new RowResult(row, RowResult.Outcome.DUPLICATE_OF_EXISTING, null, match.customerId(), null,
                match.rule(), null);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> values, String column,
            List<FieldError> errors) {
        String value = blankToNull(values.get(column));
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(column, "oneOf " + Set.of(type.getEnumConstants()), "is not a known value"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
