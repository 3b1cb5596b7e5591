package org.eaihub.scm.faults;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fault knobs over REST, for operators. An outage started here must name its duration: REST is down while
 * it lasts, so only the clock (or JMX) can end it.
 */
@RestController
@RequestMapping(path = "/api/faults", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class FaultsController {

    /** The knobs to change; fields left out stay as they are. */
    public record KnobUpdate(Long latencyMs, Double errorRate, Boolean malformedEvents) {
    }

    public record OutageRequest(Long durationMs) {
    }

    /** Longest outage REST can start. */
    static final Duration MAX_OUTAGE = Duration.ofHours(1);

    private final FaultKnobs knobs;
    private final Outage outage;

    public FaultsController(FaultKnobs knobs, Outage outage) {
        this.knobs = knobs;
        this.outage = outage;
    }

    @GetMapping
    public FaultState get() {
        return FaultState.of(knobs, outage);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public FaultState update(@RequestBody KnobUpdate update) {
        Duration latency = update.latencyMs() == null ? knobs.latency() : Duration.ofMillis(update.latencyMs());
        double errorRate = update.errorRate() == null ? knobs.errorRate() : update.errorRate();
        if (latency.isNegative() || latency.compareTo(FaultKnobs.MAX_LATENCY) > 0) {
            throw new IllegalArgumentException("latencyMs must be between 0 and " + FaultKnobs.MAX_LATENCY.toMillis());
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("errorRate must be between 0 and 1");
        }
        knobs.setLatency(latency);
        knobs.setErrorRate(errorRate);
        if (update.malformedEvents() != null) {
            knobs.setMalformedEvents(update.malformedEvents());
        }
        return get();
    }

    /** Every knob off. */
    @DeleteMapping
    public FaultState reset() {
        knobs.reset();
        outage.end();
        return get();
    }

    /** Starts a full outage; the answer leaves before the port closes. */
    @PostMapping(path = "/outage", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public FaultState startOutage(@RequestBody OutageRequest request) {
        if (request.durationMs() == null || request.durationMs() < 1
                || request.durationMs() > MAX_OUTAGE.toMillis()) {
            throw new IllegalArgumentException("durationMs must be between 1 and " + MAX_OUTAGE.toMillis()
                    + ": REST is down during the outage, so it must end by itself (or over JMX)");
        }
        outage.start(Duration.ofMillis(request.durationMs()));
        return get();
    }
}
