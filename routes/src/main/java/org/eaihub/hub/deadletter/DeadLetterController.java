package org.eaihub.hub.deadletter;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.jms.JMSException;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dead letters for operators: browse a dead-letter queue, replay one message, several, or all of them. */
@RestController
@RequestMapping(path = "/api/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class DeadLetterController {

    private final DeadLetterService service;

    public DeadLetterController(DeadLetterService service) {
        this.service = service;
    }

    @GetMapping("/{queue}")
    @Operation(summary = "The messages in a dead-letter queue (DLQ.<queue>), oldest first, with reasons")
    public List<DeadLetter> browse(@PathVariable String queue, @RequestParam(defaultValue = "100") int max)
            throws JMSException {
        return service.browse(queue, Math.min(Math.max(max, 1), 1000));
    }

    public record ReplayRequest(List<String> messageIds, boolean all) {
    }

    @PostMapping(path = "/{queue}/replay", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send messages back to the queue they came from: the named ones, or all (up to 10,000)")
    public Map<String, Object> replay(@PathVariable String queue, @RequestBody ReplayRequest request,
            Principal operator) throws JMSException {
        if (request.all()) {
            return Map.of("replayed", service.replayAll(queue, 10_000, operator.getName()));
        }
        if (request.messageIds() == null || request.messageIds().isEmpty() || request.messageIds().size() > 1000) {
            throw new IllegalArgumentException("Name 1 to 1000 messageIds, or set all=true");
        }
        List<String> replayed = service.replay(queue, request.messageIds(), operator.getName());
        return Map.of("replayed", replayed.size(), "messageIds", replayed);
    }
}
