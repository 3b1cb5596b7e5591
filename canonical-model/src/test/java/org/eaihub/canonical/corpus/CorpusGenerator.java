package org.eaihub.canonical.corpus;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.MessageType;
import org.eaihub.canonical.common.AcknowledgeCode;
import org.eaihub.canonical.common.Patterns;
import org.eaihub.canonical.common.Reason;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.CustomerStatus;
import org.eaihub.canonical.customer.LifecycleStage;
import org.eaihub.canonical.customer.PartyType;
import org.eaihub.canonical.inventory.AcknowledgeReservation;
import org.eaihub.canonical.inventory.ReservationLine;
import org.eaihub.canonical.order.AcknowledgeSalesOrder;
import org.eaihub.canonical.order.GetSalesOrder;

/**
 * Generates valid messages of any registered type from the records' own constraints, seeded and so reproducible.
 * Each instance has a {@link Shape}: minimal (every optional field absent, lists as short as allowed, zero and
 * earliest values, one-character texts), maximal (every field present, texts and ids at their maximum length,
 * decimals with all their integer and fraction digits) or random. Texts mix ASCII, markup characters, accents,
 * Chinese and emoji. A new field of the model is covered without change here; only cross-field rules need the
 * small repairs in {@link #repair}.
 */
public final class CorpusGenerator {

    /** How an instance fills its fields. */
    public enum Shape { MINIMAL, MAXIMAL, RANDOM }

    private static final String[] TEXT_PIECES = {
        "a", "Z", "7", " ", "-", ".", "&", "<", ">", "\"", "'", "\\", "/", "\n", "\t", "\r", "\r\n",
        "é", "ñ", "ü", "ç", "Å", "ß", "张", "伟", "海", "尔", "集", "团", "客", "户", "😀", "📦", "🚚", "€", "¥",
    };
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:/-";
    private static final String[] COUNTRIES = {"CN", "DE", "US", "FR", "JP", "BR"};
    private static final String[] CURRENCIES = {"CNY", "EUR", "USD", "JPY"};
    private static final String[] UNITS = {"EA", "KGM", "C62", "BX", "MTR"};
    private static final String[] YEAR_MONTHS = {"2024-01", "2025-12", "2026-06", "1999-10"};
    private static final String[] AGING_BUCKETS = {"0-30", "31-60", "61-90", "90+"};
    private static final String[] CREDIT_GRADES = {"AAA", "AA", "BB+", "C-", "B"};
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("2199-12-31T23:59:59.999999999Z");

    private final Random random;
    private final Map<String, Supplier<String>> patterned;
    private MessageType type;
    private Shape shape;
    private String currency;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
        this.patterned = Map.ofEntries(
                Map.entry(Patterns.ID, this::id),
                Map.entry(Patterns.COUNTRY_CODE, () -> pick(COUNTRIES)),
                Map.entry(Patterns.CURRENCY_CODE, () -> currency),
                Map.entry(Patterns.UNIT_CODE, () -> pick(UNITS)),
                Map.entry(Patterns.REASON_CODE, this::reasonCode),
                Map.entry(Patterns.CREDIT_GRADE, () -> pick(CREDIT_GRADES)),
                Map.entry(Patterns.EMAIL, this::email),
                Map.entry(Patterns.PHONE, this::phone),
                Map.entry(Patterns.SCHEMA_VERSION, () -> type.schemaVersion().toString()),
                Map.entry(Patterns.MESSAGE_TYPE, () -> type.name()),
                Map.entry(Patterns.YEAR_MONTH, () -> pick(YEAR_MONTHS)),
                Map.entry(Patterns.AGING_BUCKET, () -> pick(AGING_BUCKETS)));
    }

    /** A valid message of {@code messageType} with the given shape. */
    public CanonicalMessage generate(MessageType messageType, Shape instanceShape) {
        this.type = messageType;
        this.shape = instanceShape;
        this.currency = pick(CURRENCIES);
        return (CanonicalMessage) record(messageType.javaType());
    }

    private Object record(Class<?> recordType) {
        RecordComponent[] components = recordType.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            Field field = field(recordType, components[i].getName());
            boolean required = field.isAnnotationPresent(NotNull.class);
            boolean present = required || shape == Shape.MAXIMAL || shape == Shape.RANDOM && random.nextBoolean();
            values[i] = present ? value(field) : null;
        }
        try {
            Constructor<?> constructor = recordType.getDeclaredConstructor(parameterTypes);
            return repair(constructor.newInstance(values));
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Field field(Class<?> recordType, String name) {
        try {
            return recordType.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object value(Field field) {
        Class<?> valueType = field.getType();
        if (List.class.isAssignableFrom(valueType)) {
            Class<?> itemType = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            AnnotatedElement itemAnnotations = ((AnnotatedParameterizedType) field.getAnnotatedType())
                    .getAnnotatedActualTypeArguments()[0];
            Size size = field.getAnnotation(Size.class);
            int min = size == null ? 0 : size.min();
            int max = Math.min(size == null ? 3 : size.max(), Math.max(min, 3));
            int count = switch (shape) {
                case MINIMAL -> min;
                case MAXIMAL -> max;
                case RANDOM -> min + random.nextInt(max - min + 1);
            };
            List<Object> items = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                items.add(scalarOrRecord(itemType, itemAnnotations));
            }
            return items;
        }
        return scalarOrRecord(valueType, field);
    }

    private Object scalarOrRecord(Class<?> valueType, AnnotatedElement annotations) {
        if (valueType.isRecord()) {
            return record(valueType);
        }
        if (valueType.isEnum()) {
            Object[] constants = valueType.getEnumConstants();
            return switch (shape) {
                case MINIMAL -> constants[0];
                case MAXIMAL -> constants[constants.length - 1];
                case RANDOM -> constants[random.nextInt(constants.length)];
            };
        }
        if (valueType == String.class) {
            Pattern pattern = annotations.getAnnotation(Pattern.class);
            if (pattern != null) {
                Supplier<String> generator = patterned.get(pattern.regexp());
                if (generator == null) {
                    throw new IllegalStateException("no generator for pattern " + pattern.regexp());
                }
                return generator.get();
            }
            Size size = annotations.getAnnotation(Size.class);
            return text(size == null ? 1 : Math.max(1, size.min()), size == null ? 100 : size.max());
        }
        if (valueType == BigDecimal.class) {
            return decimal(annotations.getAnnotation(Digits.class), annotations.isAnnotationPresent(Positive.class),
                    annotations.isAnnotationPresent(Positive.class)
                            || annotations.isAnnotationPresent(PositiveOrZero.class));
        }
        if (valueType == Integer.class) {
            return switch (shape) {
                case MINIMAL -> 0;
                case MAXIMAL -> Integer.MAX_VALUE;
                case RANDOM -> random.nextInt(100_000);
            };
        }
        if (valueType == Long.class) {
            return switch (shape) {
                case MINIMAL -> 0L;
                case MAXIMAL -> Long.MAX_VALUE;
                case RANDOM -> (long) random.nextInt(1_000_000);
            };
        }
        if (valueType == Boolean.class) {
            return shape == Shape.MAXIMAL || shape == Shape.RANDOM && random.nextBoolean();
        }
        if (valueType == Instant.class) {
            return switch (shape) {
                case MINIMAL -> EARLIEST;
                case MAXIMAL -> LATEST;
                case RANDOM -> Instant.ofEpochSecond(random.nextLong(LATEST.getEpochSecond()),
                        random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
            };
        }
        if (valueType == LocalDate.class) {
            return switch (shape) {
                case MINIMAL -> LocalDate.EPOCH;
                case MAXIMAL -> LocalDate.of(2199, 12, 31);
                case RANDOM -> LocalDate.ofEpochDay(random.nextInt(80_000));
            };
        }
        throw new IllegalStateException("no generator for " + valueType.getName());
    }

    private String text(int minLength, int maxLength) {
        int length = switch (shape) {
            case MINIMAL -> minLength;
            case MAXIMAL -> maxLength;
            case RANDOM -> minLength + random.nextInt(Math.min(maxLength, 40) - minLength + 1);
        };
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            String piece = pick(TEXT_PIECES);
            if (text.length() + piece.length() <= length) {
                text.append(piece);
            } else {
                text.append('x');
            }
        }
        return text.toString();
    }

    private BigDecimal decimal(Digits digits, boolean positive, boolean notNegative) {
        int integerDigits = digits == null ? 9 : digits.integer();
        int fractionDigits = digits == null ? 2 : digits.fraction();
        return switch (shape) {
            case MINIMAL -> positive ? BigDecimal.ONE.movePointLeft(fractionDigits) : BigDecimal.ZERO;
            case MAXIMAL -> {
                BigDecimal largest = new BigDecimal(BigInteger.TEN.pow(integerDigits + fractionDigits)
                        .subtract(BigInteger.ONE), fractionDigits);
                yield notNegative || random.nextBoolean() ? largest : largest.negate();
            }
            case RANDOM -> {
                int scale = random.nextInt(fractionDigits + 1);
                BigInteger unscaled = new BigInteger(Math.min(40, (integerDigits + scale) * 3), random)
                        .mod(BigInteger.TEN.pow(integerDigits + scale)).add(BigInteger.ONE);
                BigDecimal value = new BigDecimal(unscaled, scale);
                yield notNegative || random.nextBoolean() ? value : value.negate();
            }
        };
    }

    private String id() {
        int length = switch (shape) {
            case MINIMAL -> 1;
            case MAXIMAL -> 64;
            case RANDOM -> 1 + random.nextInt(20);
        };
        StringBuilder id = new StringBuilder(length);
        id.append(ID_CHARS.charAt(random.nextInt(62)));
        while (id.length() < length) {
            id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    private String reasonCode() {
        return shape == Shape.MAXIMAL ? "R" + "_".repeat(62) + "9" : pick(new String[] {"OUT_OF_STOCK",
            "CREDIT_LIMIT_EXCEEDED", "CUSTOMER_BLACKLISTED", "X"});
    }

    private String email() {
        return switch (shape) {
            case MINIMAL -> "a@b";
            case MAXIMAL -> "张".repeat(64) + "@" + "e".repeat(185) + ".com";
            case RANDOM -> pick(new String[] {"zhang.wei@example.com", "müller+crm@example.de", "客户@例子.中国"});
        };
    }

    private String phone() {
        return switch (shape) {
            case MINIMAL -> "110";
            case MAXIMAL -> "+86 (532) 8893-9999 / 1234 5678";
            case RANDOM -> pick(new String[] {"+86 532 8893 9999", "0049 30 1234567", "400.820.3838"});
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Makes a generated value keep the cross-field rules that field constraints cannot express. */
    private Object repair(Object value) {
        if (value instanceof Envelope e) {
            return new Envelope(e.messageId(), e.correlationId(), e.causationId(), type.name(),
                    type.schemaVersion().toString(), e.sourceSystem(), e.occurredAt(), e.businessKey(),
                    e.sourceRecordId(), e.sourceLastModified());
        }
        if (value instanceof Customer c) {
            Customer.Builder repaired = c.toBuilder();
            PartyType partyType = c.individual() != null && c.enterprise() != null
                    ? (random.nextBoolean() ? PartyType.INDIVIDUAL : PartyType.ENTERPRISE)
                    : c.individual() != null ? PartyType.INDIVIDUAL
                    : c.enterprise() != null ? PartyType.ENTERPRISE : c.partyType();
            repaired.partyType(partyType);
            if (partyType == PartyType.INDIVIDUAL) {
                repaired.enterprise(null);
            } else {
                repaired.individual(null);
            }
            if (c.reasonForLeaving() != null) {
                repaired.lifecycleStage(LifecycleStage.FORMER);
            }
            if (c.status() == CustomerStatus.BLACKLISTED && c.statusReason() == null) {
                repaired.statusReason("逾期未付 overdue 90 days ❌");
            }
            return repaired.build();
        }
        if (value instanceof AcknowledgeSalesOrder a && a.acknowledgeCode() == AcknowledgeCode.REJECTED
                && a.reasons().isEmpty()) {
            return new AcknowledgeSalesOrder(a.envelope(), a.acknowledgeCode(), a.salesOrder(),
                    List.of(new Reason("CREDIT_LIMIT_EXCEEDED", null)));
        }
        if (value instanceof AcknowledgeReservation a && a.acknowledgeCode() == AcknowledgeCode.REJECTED
                && a.reasons().isEmpty()) {
            return new AcknowledgeReservation(a.envelope(), a.acknowledgeCode(), a.reservation(),
                    List.of(new Reason("OUT_OF_STOCK", null)));
        }
        if (value instanceof GetSalesOrder g && g.salesOrderId() == null && g.customerId() == null) {
            return new GetSalesOrder(g.envelope(), id(), null);
        }
        if (value instanceof ReservationLine l && l.reservedQuantity() != null
                && l.reservedQuantity().compareTo(l.requestedQuantity()) > 0) {
            return new ReservationLine(l.lineId(), l.sku(), l.locationId(), l.requestedQuantity(),
                    l.requestedQuantity(), l.unitCode(), l.expectedAvailableDate());
        }
        return value;
    }
}
