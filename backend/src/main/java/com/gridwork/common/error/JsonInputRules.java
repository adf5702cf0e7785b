package com.gridwork.common.error;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.gridwork.common.Text;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the API refuses in a JSON body, in one place: a fraction where a whole number belongs (1.5 for an id was
 * silently cut to 1), text with an unpaired UTF-16 surrogate (the database stored it as "?"), and dates and times
 * outside {@link ValueFormats}' range. Scalars keep their JSON types, as the contract declares them: "12" is not a
 * number, 12 and true are not text (a reveal "reason": true was stored as "true"), 1 is not a boolean, "" is not a
 * missing number or date, an enum value is spelled exactly (not " LOW", not its index 0), and a date is a string of
 * its own form (not 12345 or "1700000000", not [] or [2026, 3, 1], not a time for a date). Each becomes a 400
 * naming the field.
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {
    private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?\\d+(\\.\\d*)?\\s*");
    private static final Set<Class<?>> CHECKED =
            Set.of(String.class, LocalDate.class, Instant.class, OffsetDateTime.class, LocalDateTime.class);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        for (Class<?> temporal : List.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class, Instant.class)) {
            // lenient java.time reads "2024-01-01T00:00:00Z" as the date 2024-01-01
            mapper.configOverride(temporal).setFormat(JsonFormat.Value.forLeniency(false));
        }
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : List.of(LogicalType.DateTime, LogicalType.Enum)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(true);
        }
        SimpleModule module = new SimpleModule("gridwork-input-rules");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return CHECKED.contains(description.getBeanClass()) ? new Checked(deserializer) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return new Checked(deserializer);
            }
        });
        mapper.registerModule(module);
    }

    /** The configured deserializer of a checked type, followed by the check of what it read. */
    static final class Checked extends DelegatingDeserializer {
        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // java.time also reads numbers, quoted or not, as epoch days or seconds, and arrays ([2026, 3, 1], [] as
            // null); the contract says a date or time in words
            if (handledType() != null
                    && Temporal.class.isAssignableFrom(handledType())
                    && (!parser.hasToken(JsonToken.VALUE_STRING)
                            || NUMBER.matcher(parser.getText()).matches())) {
                throw new JsonFieldException(parser, "problem.json.field-invalid");
            }
            if (parser.hasToken(JsonToken.VALUE_STRING)
                    && handledType() != null
                    && handledType().isEnum()
                    && !parser.getText().equals(parser.getText().strip())) {
                throw new JsonFieldException(parser, "problem.json.field-invalid"); // Jackson would trim " LOW" to LOW
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof String text && Text.unpairedSurrogate(text) >= 0) {
                throw new JsonFieldException(parser, "value.text.surrogate");
            }
            if (ValueFormats.outOfRange("", value) != null) {
                throw new JsonFieldException(parser, "value.date.range");
            }
            return value;
        }
    }
}
