/** Cross-field rules of the model, checked by Bean Validation alongside the field constraints. */
package org.eaihub.canonical.validation;
