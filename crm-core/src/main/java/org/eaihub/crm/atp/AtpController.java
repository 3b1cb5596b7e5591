package org.eaihub.crm.atp;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.eaihub.canonical.common.Patterns;
import org.eaihub.crm.quality.CustomerValidationException;
import org.eaihub.crm.quality.FieldError;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The CRM's view of available to promise, per SKU, fed by the hub from the SCM's inventory changes. */
@RestController
@RequestMapping(path = "/api/atp", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('CRM_USER','ADMIN','SYSTEM')")
@Tag(name = "Available to promise", description = "Stock the CRM may promise, as the SCM last reported it")
public class AtpController {

    private static final int MAX_SKUS = 100;

    private final AtpService service;

    public AtpController(AtpService service) {
        this.service = service;
    }

    @PutMapping(path = "/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SYSTEM')")
    @Operation(summary = "Mirror the SCM's figures for a SKU (the hub calls this)",
            description = "The total and each named warehouse are replaced only by a newer asOf; an older or equal "
                    + "one is ignored (applied: false).")
    public AtpService.Merged update(@PathVariable String sku, @Valid @RequestBody AtpUpdate update) {
        return service.update(checkedSku(sku, "sku"), update);
    }

    @GetMapping("/{sku}")
    @Operation(summary = "A SKU's availability, per warehouse and in total; 404 when the SCM never reported it")
    public ResponseEntity<?> read(@PathVariable String sku) {
        return service.read(checkedSku(sku, "sku")).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No figures for SKU " + sku)));
    }

    public record AtpList(List<AtpView> items, Set<String> unknown) {
    }

    @GetMapping
    @Operation(summary = "Several SKUs at once (skus=A,B or skus=A&skus=B, at most 100): items, and unknown SKUs")
    public AtpList list(@RequestParam List<String> skus) {
        if (skus.size() > MAX_SKUS) {
            throw new CustomerValidationException(List.of(new FieldError("skus", "maxItems " + MAX_SKUS,
                    "names too many SKUs")));
        }
        skus.forEach(s -> checkedSku(s, "skus"));
        List<AtpView> items = service.read(skus);
        Set<String> known = items.stream().map(AtpView::sku).collect(Collectors.toSet());
        return new AtpList(items, skus.stream().filter(s -> !known.contains(s))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static String checkedSku(String sku, String field) {
        if (!sku.matches(Patterns.ID)) {
            throw new CustomerValidationException(List.of(new FieldError(field, "pattern " + Patterns.ID,
                    "must be a SKU id")));
        }
        return sku;
    }
}
