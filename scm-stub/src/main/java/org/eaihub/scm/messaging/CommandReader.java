package org.eaihub.scm.messaging;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.eaihub.scm.contract.CommandType;
import org.eaihub.scm.contract.ContractJson;
import org.eaihub.scm.contract.ContractSchemas;
import org.eaihub.scm.contract.InvalidCommandException;
import org.eaihub.scm.contract.ReservationRequest;
import org.eaihub.scm.contract.ScmCommand;

/**
 * Reads a command from the bytes of a record: JSON, the type the topic carries, the topic's JSON Schema, and
 * the rules a schema cannot say (line numbers unique). Anything else is an {@link InvalidCommandException}.
 */
final class CommandReader {

    private static final int MAX_VIOLATIONS_REPORTED = 10;

    private final ContractSchemas schemas;

    CommandReader(ContractSchemas schemas) {
        this.schemas = schemas;
    }

    ParsedCommand read(String topic, byte[] value) {
        CommandType type = CommandType.forTopic(topic)
                .orElseThrow(() -> new IllegalArgumentException("The SCM consumes no commands from " + topic));
        if (value == null || value.length == 0) {
            throw new InvalidCommandException(InvalidCommandException.EMPTY_RECORD, "The record has no value");
        }
        JsonNode node;
        try {
            node = ContractJson.read(value);
        } catch (IOException e) {
            throw new InvalidCommandException(InvalidCommandException.UNPARSABLE_JSON,
                    "Not JSON: " + message(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidCommandException(InvalidCommandException.SCHEMA_VIOLATION, "Not a JSON object");
        }
        String declared = node.path("type").isTextual() ? node.path("type").asText() : null;
        if (!type.wireName().equals(declared)) {
            throw new InvalidCommandException(InvalidCommandException.UNEXPECTED_TYPE,
                    topic + " carries " + type.wireName() + ", not " + (declared == null ? "a message without type"
                            : declared));
        }
        List<String> violations = schemas.violations(type.wireName(), node);
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(InvalidCommandException.SCHEMA_VIOLATION,
                    String.join("; ", violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS_REPORTED))));
        }
        ScmCommand command;
        try {
            command = ContractJson.mapper().treeToValue(node, type.recordType());
        } catch (IOException e) {
            throw new InvalidCommandException(InvalidCommandException.SCHEMA_VIOLATION, message(e), e);
        }
        if (command instanceof ReservationRequest request) {
            Set<Integer> lineNumbers = new HashSet<>();
            for (ReservationRequest.Line line : request.lines()) {
                if (!lineNumbers.add(line.lineNo())) {
                    throw new InvalidCommandException(InvalidCommandException.INVALID_CONTENT,
                            "lineNo " + line.lineNo() + " appears more than once");
                }
            }
        }
        return new ParsedCommand(type, command, hash(command));
    }

    /** Jackson's message without the excerpt of the input it appends (which may be long, or personal). */
    private static String message(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage();
    }

    private static String hash(ScmCommand command) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ContractJson.write(command)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
