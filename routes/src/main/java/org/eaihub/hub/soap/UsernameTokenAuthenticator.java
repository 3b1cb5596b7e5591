package org.eaihub.hub.soap;

import org.apache.cxf.message.Message;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.UsernameTokenValidator;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * WSS4J's check of a UsernameToken, against the landscape's user store: a {@code PasswordText} password goes to the
 * same Spring Security authentication as an HTTP Basic one (bcrypt hashes, failures published as authentication
 * failure events, which the login-failure alarm counts). Digest and other password types are refused: the store
 * holds only hashes, from which no digest can be checked. The authenticated caller, with its roles, is left on the
 * CXF message for {@link SoapCallerInterceptor}. Neither the password nor the token is ever logged.
 */
public class UsernameTokenAuthenticator extends UsernameTokenValidator {

    /** Message key of the {@link Authentication} of a valid token. */
    public static final String CALLER = UsernameTokenAuthenticator.class.getName() + ".caller";

    private final AuthenticationManager authentication;

    public UsernameTokenAuthenticator(AuthenticationManager authentication) {
        this.authentication = authentication;
    }

    @Override
    protected void verifyPlaintextPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        Authentication caller;
        try {
            caller = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(token.getName(), token.getPassword()));
        } catch (AuthenticationException e) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        ((Message) data.getMsgContext()).put(CALLER, caller);
    }

    @Override
    protected void verifyDigestPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }

    @Override
    protected void verifyCustomPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }

    @Override
    protected void verifyUnknownPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }
}
