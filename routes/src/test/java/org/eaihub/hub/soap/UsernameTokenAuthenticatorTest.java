package org.eaihub.hub.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecUsernameToken;
import org.eaihub.config.security.Roles;
import org.eaihub.config.security.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Real WSS4J processing of UsernameTokens built by WSS4J, checked against bcrypt hashes. */
class UsernameTokenAuthenticatorTest {

    private static final String PASSWORD = "s3cret-password";

    private final List<Object> events = new ArrayList<>();
    private final UsernameTokenAuthenticator authenticator;

    UsernameTokenAuthenticatorTest() {
        var users = new InMemoryUserDetailsManager(User.withUsername("integration")
                .password(UserStore.hash(PASSWORD)).roles(Roles.INTEGRATION_CLIENT).build());
        ProviderManager manager = new ProviderManager(new DaoAuthenticationProvider(users));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events::add));
        authenticator = new UsernameTokenAuthenticator(manager);
    }

    @Test
    void theRightTextPasswordLeavesTheCallerWithItsRolesOnTheMessage() throws Exception {
        Message message = process(token("integration", PASSWORD, WSConstants.PASSWORD_TEXT));

        Authentication caller = (Authentication) message.get(UsernameTokenAuthenticator.CALLER);
        assertThat(caller.getName()).isEqualTo("integration");
        assertThat(caller.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_" + Roles.INTEGRATION_CLIENT);
        assertThat(caller.getCredentials()).as("the password is not kept").isNull();
        assertThat(events).noneMatch(AbstractAuthenticationFailureEvent.class::isInstance);
    }

    @Test
    void aWrongPasswordFailsAuthenticationAndIsPublishedAsAFailedLogin() throws Exception {
        Document token = token("integration", "wrong", WSConstants.PASSWORD_TEXT);
        Message message = new MessageImpl();

        assertThatThrownBy(() -> process(token, message)).isInstanceOf(WSSecurityException.class)
                .extracting(e -> ((WSSecurityException) e).getErrorCode())
                .isEqualTo(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        assertThat(message.get(UsernameTokenAuthenticator.CALLER)).isNull();
        assertThat(events).filteredOn(AbstractAuthenticationFailureEvent.class::isInstance).singleElement()
                .isInstanceOf(AuthenticationFailureBadCredentialsEvent.class);
    }

    @Test
    void anUnknownAccountAndADigestPasswordAreRefused() throws Exception {
        Document unknown = token("nobody", PASSWORD, WSConstants.PASSWORD_TEXT);
        // a digest cannot be checked against a bcrypt hash, even when it was made from the right password
        Document digest = token("integration", PASSWORD, WSConstants.PASSWORD_DIGEST);

        assertThatThrownBy(() -> process(unknown)).isInstanceOf(WSSecurityException.class);
        assertThatThrownBy(() -> process(digest)).isInstanceOf(WSSecurityException.class);
    }

    private static Document token(String user, String password, String type) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header/>"
                        + "<soap:Body><ping xmlns=\"urn:test\"/></soap:Body></soap:Envelope>")));
        WSSecHeader header = new WSSecHeader(document);
        header.insertSecurityHeader();
        WSSecUsernameToken token = new WSSecUsernameToken(header);
        token.setUserInfo(user, password);
        token.setPasswordType(type);
        return token.build();
    }

    private Message process(Document document) throws WSSecurityException {
        Message message = new MessageImpl();
        process(document, message);
        return message;
    }

    private void process(Document document, Message message) throws WSSecurityException {
        WSSConfig config = WSSConfig.getNewInstance();
        config.setValidator(WSConstants.USERNAME_TOKEN, authenticator);
        WSSecurityEngine engine = new WSSecurityEngine();
        engine.setWssConfig(config);
        RequestData data = new RequestData();
        data.setWssConfig(config);
        data.setMsgContext(message);
        engine.processSecurityHeader(document, data);
    }
}
