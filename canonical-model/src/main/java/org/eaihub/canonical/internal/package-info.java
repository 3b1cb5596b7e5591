/**
 * Implementation of the bindings, parser hardening and validation. Not part of the public API: other modules use
 * {@link org.eaihub.canonical.CanonicalCodec} and must not depend on this package.
 */
package org.eaihub.canonical.internal;
