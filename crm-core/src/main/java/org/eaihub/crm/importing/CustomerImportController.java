package org.eaihub.crm.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.eaihub.crm.access.CurrentStaff;
import org.eaihub.crm.customer.CustomerRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/customers/import", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('CRM_USER','ADMIN')")
@Tag(name = "Customers")
public class CustomerImportController {

    /** Imports beyond this many rows should be split: each row is its own transaction. */
    static final int MAX_ROWS = 10_000;

    private final CustomerImport customerImport;
    private final CurrentStaff staff;

    public CustomerImportController(CustomerImport customerImport, CurrentStaff staff) {
        this.customerImport = customerImport;
        this.staff = staff;
    }

    @PostMapping(consumes = "text/csv")
    @Operation(summary = "Import customers from CSV (header: kind,name,taxId,email,phone,addressType,line1,city,"
            + "postalCode,countryCode,lifecycle,grade,keyAccount); one result per row")
    public List<RowResult> importCsv(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > 20L * 1024 * 1024) {
            throw new org.eaihub.crm.quality.CustomerValidationException(List.of(
                    new org.eaihub.crm.quality.FieldError("body", "maxSize 20MiB", "split the file")));
        }
        return customerImport.importCsv(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8),
                staff.get());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import customers from a JSON array of customers; one result per row")
    public List<RowResult> importJson(@RequestBody List<CustomerRequest> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new org.eaihub.crm.quality.CustomerValidationException(List.of(
                    new org.eaihub.crm.quality.FieldError("body", "maxRows " + MAX_ROWS, "split the import")));
        }
        return customerImport.importJson(rows, staff.get());
    }
}
