package com.gridwork.access;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every entity that AreaScope looks up by id names the message of its 404, in both languages. */
@QuarkusTest
class ScopedRecordsTest {
    @Inject
    EntityManager em;

    @Test
    void everyScopedEntityNamesItsNotFoundMessage() throws IOException {
        Properties en = bundle("i18n/messages.properties");
        Properties zh = bundle("i18n/messages_zh.properties");
        List<String> scoped = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        em.getMetamodel().getEntities().stream()
                .map(e -> e.getJavaType())
                .filter(t -> AreaBound.class.isAssignableFrom(t) || SubDistrictOwned.class.isAssignableFrom(t))
                .forEach(type -> {
                    scoped.add(type.getSimpleName());
                    NotFoundMessage message = type.getAnnotation(NotFoundMessage.class);
                    if (message == null) {
                        problems.add(type.getSimpleName() + " has no @NotFoundMessage");
                    } else if (!en.containsKey(message.value()) || !zh.containsKey(message.value())) {
                        problems.add(type.getSimpleName() + ": " + message.value() + " is missing from a language");
                    }
                });
        assertThat(problems).isEmpty();
        assertThat(scoped)
                .contains("Area", "Household", "Resident", "Issue", "TalkDay", "DictionaryItem", "IssueCategory");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }
}
