package org.eaihub.scm.stock;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Available-to-promise and the warehouses, for the hub and for operators. */
@RestController
@Validated
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('SYSTEM','OPERATOR','ADMIN')")
public class AtpController {

    /** Most SKUs one ATP request may ask for. */
    static final int MAX_SKUS = 100;

    public record WarehouseView(String code, String name, String city, int priority) {
    }

    private final AvailableToPromise atp;

    public AtpController(AvailableToPromise atp) {
        this.atp = atp;
    }

    /** {@code GET /api/atp/SKU-00001}: per warehouse and in total; 404 for a SKU the SCM does not stock. */
    @GetMapping("/atp/{sku}")
    public AvailableToPromise.Atp one(@PathVariable String sku) {
        return atp.of(sku).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown SKU " + sku));
    }

    /** {@code GET /api/atp?sku=SKU-00001&sku=SKU-00002}: the known ones under items, the rest under unknown. */
    @GetMapping("/atp")
    public AvailableToPromise.AtpList many(@RequestParam("sku") @NotEmpty @Size(max = MAX_SKUS) List<String> skus) {
        return atp.of(skus);
    }

    @GetMapping("/warehouses")
    public List<WarehouseView> warehouses() {
        return atp.warehouses().stream()
                .map(w -> new WarehouseView(w.getCode(), w.getName(), w.getCity(), w.getPriority())).toList();
    }
}
