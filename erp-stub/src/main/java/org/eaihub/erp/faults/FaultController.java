package org.eaihub.erp.faults;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fault knobs over REST, for operators and administrators. An outage is asked for here but, with the
 * port closed, ended over JMX or by its duration.
 */
@RestController
@RequestMapping(path = "/api/faults", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole(T(org.eaihub.config.security.Roles).OPERATOR, T(org.eaihub.config.security.Roles).ADMIN)")
public class FaultController {

    /** Time for the answer to an outage request to leave before the port closes. */
    static final Duration OUTAGE_DELAY = Duration.ofMillis(250);

    private final FaultKnobs knobs;
    private final FaultSettings settings;
    private final ErpOutage outage;

    public FaultController(FaultKnobs knobs, FaultSettings settings, ErpOutage outage) {
        this.knobs = knobs;
        this.settings = settings;
        this.outage = outage;
    }

    /** A change of knobs; absent fields stay as they are. */
    public record Update(@Min(0) @Max(FaultSettings.MAX_LATENCY_MS) Long latencyMs,
            @DecimalMin("0") @DecimalMax("1") Double errorRate, FaultKind kind) {
    }

    /** @param durationMs how long the outage lasts; absent: {@code eaihub.erp.faults.outage-duration} */
    public record OutageRequest(@Min(0) Long durationMs) {
    }

    @GetMapping
    public FaultKnobs.State get() {
        return knobs.state();
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public FaultKnobs.State update(@Valid @RequestBody Update update) {
        return knobs.update(update.latencyMs(), update.errorRate(), update.kind());
    }

    @DeleteMapping
    public FaultKnobs.State reset() {
        return knobs.reset();
    }

    @PostMapping(path = "/outage")
    public ResponseEntity<Map<String, Object>> outage(@Valid @RequestBody(required = false) OutageRequest request) {
        Duration duration = request != null && request.durationMs() != null ? Duration.ofMillis(request.durationMs())
                : settings.outageDuration();
        outage.begin(duration, OUTAGE_DELAY);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("outage", true,
                "durationMs", duration.toMillis(),
                "endsBy", duration.isZero() ? "JMX " + FaultKnobs.OBJECT_NAME + " endOutage" : "itself"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
