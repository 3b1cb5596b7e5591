package org.eaihub.hub.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.cxf.binding.soap.SoapFault;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class SoapCallerInterceptorTest {

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("key", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    @Test
    void aValidTokenNamesTheCaller() {
        Authentication token = authenticated("integration");
        assertThat(SoapCallerInterceptor.caller(ANONYMOUS, token)).isSameAs(token);
        assertThat(SoapCallerInterceptor.caller(null, token)).isSameAs(token);
        assertThat(SoapCallerInterceptor.caller(authenticated("integration"), token)).isSameAs(token);
    }

    @Test
    void withoutATokenHttpBasicNamesTheCaller() {
        Authentication basic = authenticated("operator");
        assertThat(SoapCallerInterceptor.caller(basic, null)).isSameAs(basic);
    }

    @Test
    void noCredentialOrTwoDifferentAccountsAreRefusedWith401() {
        for (var refused : List.<Runnable>of(() -> SoapCallerInterceptor.caller(ANONYMOUS, null),
                () -> SoapCallerInterceptor.caller(null, null),
                () -> SoapCallerInterceptor.caller(UsernamePasswordAuthenticationToken.unauthenticated("x", "y"), null),
                () -> SoapCallerInterceptor.caller(authenticated("operator"), authenticated("integration")))) {
            assertThatThrownBy(refused::run).isInstanceOfSatisfying(SoapFault.class, fault -> {
                assertThat(fault.getFaultCode()).isEqualTo(SoapCallerInterceptor.NOT_AUTHENTICATED);
                assertThat(fault.getStatusCode()).isEqualTo(401);
            });
        }
    }

    private static Authentication authenticated(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList("ROLE_INTEGRATION_CLIENT"));
    }
}
