package org.eaihub.crm.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.eaihub.crm.access.Staff;
import org.eaihub.crm.quality.Normalizer;
import org.springframework.data.jpa.domain.Specification;

/**
 * Search filters: free text (part of the name, or an exact id, ERP number, e-mail or phone), kind, lifecycle,
 * status, grade, key account, owner and team. Merged records are left out unless asked for.
 */
public record CustomerSearch(String q, PartyKind kind, Lifecycle lifecycle, CustomerState status, Grade grade,
        Boolean keyAccount, String owner, String team, boolean includeMerged) {

    public Specification<CustomerRecord> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String text = Normalizer.text(q);
            if (text != null) {
                String key = Normalizer.nameKey(text);
                List<Predicate> any = new ArrayList<>();
                if (!key.isEmpty()) {
                    any.add(cb.like(root.get("nameKey"), "%" + key.replace("%", "").replace("_", "") + "%"));
                }
                any.add(cb.equal(root.get("id"), text));
                any.add(cb.equal(root.get("erpNumber"), text));
                any.add(cb.equal(root.get("email"), text.toLowerCase(Locale.ROOT)));
                any.add(cb.equal(root.get("phone"), text.replace(" ", "")));
                predicates.add(cb.or(any.toArray(Predicate[]::new)));
            }
            if (kind != null) {
                predicates.add(cb.equal(root.get("kind"), kind));
            }
            if (lifecycle != null) {
                predicates.add(cb.equal(root.get("lifecycle"), lifecycle));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            } else if (!includeMerged) {
                predicates.add(cb.notEqual(root.get("status"), CustomerState.MERGED));
            }
            if (grade != null) {
                predicates.add(cb.equal(root.get("grade"), grade));
            }
            if (keyAccount != null) {
                predicates.add(cb.equal(root.get("keyAccount"), keyAccount));
            }
            if (owner != null) {
                predicates.add(cb.equal(root.get("owner"), owner));
            }
            if (team != null) {
                predicates.add(cb.equal(root.get("team"), team));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Records the staff member may see: shared ones, and restricted ones they own, share a team with or are named on. */
    public static Specification<CustomerRecord> visibleTo(Staff staff) {
        return (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            any.add(cb.equal(root.get("visibility"), Visibility.SHARED));
            any.add(cb.equal(root.get("owner"), staff.username()));
            if (staff.team() != null) {
                any.add(cb.equal(root.get("team"), staff.team()));
            }
            any.add(cb.isMember(staff.username(), root.<java.util.Collection<String>>get("restrictedTo")));
            return cb.or(any.toArray(Predicate[]::new));
        };
    }
}
