package org.eaihub.adapters.scm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the SCM's {@code PullList} command ({@code scm.supplier.pull-lists}, key = pull list id). The request id
 * is derived from the pull list id, so sending the same pull list again is a repeat the SCM ignores.
 */
public final class PullListWriter {

    public static final String TOPIC = "scm.supplier.pull-lists";
    public static final int MAX_LINES = 500;
    public static final long MAX_QUANTITY = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Line(String sku, String warehouse, long quantity) {
    }

    private PullListWriter() {
    }

    public static String requestId(String pullListId) {
        return "REQ-" + pullListId;
    }

    public static byte[] write(String pullListId, String supplier, List<Line> lines) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a pull list has 1.." + MAX_LINES + " lines");
        }
        Map<String, Object> pullList = new LinkedHashMap<>();
        pullList.put("type", "PullList");
        pullList.put("schemaVersion", 1);
        pullList.put("requestId", requestId(pullListId));
        pullList.put("pullListId", pullListId);
        pullList.put("supplier", supplier);
        pullList.put("lines", lines.stream().map(l -> {
            if (l.quantity() < 1 || l.quantity() > MAX_QUANTITY) {
                throw new IllegalArgumentException("a pull list line's quantity is 1.." + MAX_QUANTITY);
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", l.sku());
            line.put("warehouse", l.warehouse());
            line.put("quantity", l.quantity());
            return line;
        }).toList());
        try {
            return JSON.writeValueAsBytes(pullList);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
