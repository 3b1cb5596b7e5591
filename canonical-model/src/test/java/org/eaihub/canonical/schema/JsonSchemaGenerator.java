package org.eaihub.canonical.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import org.eaihub.canonical.MessageType;

/**
 * Generates the published JSON Schema (draft 2020-12) of a message type from its annotated records, with victools'
 * Jackson module (property names and order as the JSON binding writes them) and Jakarta Validation module
 * (required, lengths, sizes, minimums). Added here: patterns anchored as JSON Schema needs them, and the digits of
 * {@code @Digits} as the largest and smallest value they allow (e.g. 18 integer and 6 fraction digits:
 * ±999999999999999999.999999). Unknown properties are not allowed: a schema describes exactly
 * its version.
 */
final class JsonSchemaGenerator {

    private final SchemaGenerator generator;

    JsonSchemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.EXTRA_OPEN_API_FORMAT_VALUES);
        // Properties in declaration order, as the bindings write them, instead of alphabetically.
        config.forTypesInGeneral().withPropertySorter((first, second) -> 0);
        config.forFields()
                .withStringPatternResolver(field -> {
                    Pattern pattern = annotation(field, Pattern.class);
                    return pattern == null ? null : "^(?:" + pattern.regexp() + ")$";
                })
                .withNumberInclusiveMaximumResolver(field -> largest(annotation(field, Digits.class)))
                .withNumberInclusiveMinimumResolver(field -> {
                    boolean bounded = annotation(field, Positive.class) != null
                            || annotation(field, PositiveOrZero.class) != null;
                    BigDecimal largest = largest(annotation(field, Digits.class));
                    return largest == null || bounded ? null : largest.negate();
                });
        this.generator = new SchemaGenerator(config.build());
    }

    /** The largest value {@code @Digits} allows, e.g. 999.99 for 3 integer and 2 fraction digits. */
    static BigDecimal largest(Digits digits) {
        return digits == null ? null
                : BigDecimal.TEN.pow(digits.integer()).subtract(BigDecimal.ONE.movePointLeft(digits.fraction()));
    }

    private static <A extends Annotation> A annotation(FieldScope field, Class<A> type) {
        return field.isFakeContainerItemScope()
                ? field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(type)
                : annotation((MemberScope<?, ?>) field, type);
    }

    private static <A extends Annotation> A annotation(MemberScope<?, ?> member, Class<A> type) {
        return member.getAnnotationConsideringFieldAndGetterIfSupported(type);
    }

    ObjectNode generate(MessageType type) {
        ObjectNode body = generator.generateSchema(type.javaType());
        ObjectNode schema = body.objectNode();
        schema.set("$schema", body.remove("$schema"));
        schema.put("$id", PublishedSchemas.jsonSchemaId(type));
        schema.put("title", type.name() + " " + type.schemaVersion());
        schema.put("description", type.description() + ". Flow: " + type.flow() + ".");
        schema.setAll(body);
        return schema;
    }
}
