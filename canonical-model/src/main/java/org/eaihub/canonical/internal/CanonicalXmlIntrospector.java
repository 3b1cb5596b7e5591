package org.eaihub.canonical.internal;

import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlAnnotationIntrospector;
import org.eaihub.canonical.MessageTypes;

/**
 * Puts every element of the model into the canonical namespace ({@code elementFormDefault="qualified"}): root,
 * property and list wrapper elements alike, so that no class needs a namespace annotation. A root element is named
 * after its class, which is the message type. Internal: not part of the public API.
 */
final class CanonicalXmlIntrospector extends JacksonXmlAnnotationIntrospector {

    private static final long serialVersionUID = 1L;
    private static final String MODEL_PACKAGE = "org.eaihub.canonical.";

    CanonicalXmlIntrospector() {
        super(false);
    }

    @Override
    public PropertyName findRootName(AnnotatedClass type) {
        PropertyName declared = super.findRootName(type);
        if (!inModel(type.getRawType())) {
            return declared;
        }
        String name = declared != null && declared.hasSimpleName() ? declared.getSimpleName()
                : type.getRawType().getSimpleName();
        return PropertyName.construct(name, MessageTypes.NAMESPACE);
    }

    @Override
    public PropertyName findWrapperName(Annotated annotated) {
        PropertyName declared = super.findWrapperName(annotated);
        if (declared == null || !declared.hasSimpleName() || declared.getNamespace() != null
                && !declared.getNamespace().isEmpty() || !inModel(owner(annotated))) {
            return declared;
        }
        return PropertyName.construct(declared.getSimpleName(), MessageTypes.NAMESPACE);
    }

    @Override
    public String findNamespace(MapperConfig<?> config, Annotated annotated) {
        String declared = super.findNamespace(config, annotated);
        if (declared != null && !declared.isEmpty()) {
            return declared;
        }
        return inModel(owner(annotated)) ? MessageTypes.NAMESPACE : declared;
    }

    private static Class<?> owner(Annotated annotated) {
        return annotated instanceof AnnotatedMember member ? member.getDeclaringClass()
                : annotated instanceof AnnotatedClass type ? type.getRawType() : null;
    }

    private static boolean inModel(Class<?> type) {
        return type != null && type.getName().startsWith(MODEL_PACKAGE);
    }
}
