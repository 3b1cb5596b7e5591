package org.eaihub.hub.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eaihub.canonical.customer.Customer;

/**
 * Which system owns which part of the customer master: the CRM owns identity and contact data (names, contacts,
 * addresses, lifecycle, status, grade, key account), the ERP owns credit and financial data (credit grade, credit
 * limit). A change to a part from its non-owner is refused. A fingerprint of each part lets the hub tell a real
 * change from the echo of its own write: the ERP reports a customer change after the hub changed it, the CRM
 * announces a new version after the hub mirrored the ERP's credit into it.
 */
public final class FieldOwnership {

    public enum Owner { CRM, ERP }

    private FieldOwnership() {
    }

    /** The values of the fields the owner owns, by name. */
    public static Map<String, Object> ownedBy(Owner owner, Customer c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (owner == Owner.CRM) {
            fields.put("partyType", c.partyType());
            fields.put("name", c.name());
            fields.put("individual", c.individual());
            fields.put("enterprise", c.enterprise());
            fields.put("contacts", c.contacts());
            fields.put("addresses", c.addresses());
            fields.put("lifecycleStage", c.lifecycleStage());
            fields.put("reasonForLeaving", c.reasonForLeaving());
            fields.put("status", c.status());
            fields.put("statusReason", c.statusReason());
            fields.put("grade", c.grade());
            fields.put("classification", c.classification());
            fields.put("keyAccount", c.keyAccount());
        } else {
            fields.put("creditGrade", c.creditGrade());
            fields.put("creditLimit", c.creditLimit() == null ? null
                    : c.creditLimit().amount().stripTrailingZeros().toPlainString() + " " + c.creditLimit().currency());
        }
        return fields;
    }

    /** A stable digest of the owner's part: equal digests, equal parts. */
    public static String fingerprint(Owner owner, Customer c) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Object> field : ownedBy(owner, c).entrySet()) {
                digest.update(field.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '=');
                digest.update(Objects.toString(field.getValue()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields of the non-owner's part that {@code after} changes compared with {@code before}. */
    public static java.util.List<String> changedFields(Owner owner, Customer before, Customer after) {
        Map<String, Object> a = ownedBy(owner, before);
        Map<String, Object> b = ownedBy(owner, after);
        return a.keySet().stream().filter(k -> !Objects.equals(a.get(k), b.get(k))).toList();
    }
}
