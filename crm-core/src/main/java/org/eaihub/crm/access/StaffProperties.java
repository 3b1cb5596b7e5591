package org.eaihub.crm.access;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CRM's staff directory ({@code eaihub.crm.staff.<user>.team}): which team each user works in, and the
 * team new records go to when their creator has none.
 */
@ConfigurationProperties("eaihub.crm")
public record StaffProperties(@DefaultValue Map<String, Member> staff, @DefaultValue("unassigned") String defaultTeam) {

    public record Member(String team) {
    }

    public String teamOf(String username) {
        Member member = staff.get(username);
        return member == null ? null : member.team();
    }
}
