package io.marsad.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The OpenAPI contracts between services (docs/contracts), for the tests that keep each side to them. */
public final class Contracts {

    private Contracts() {}

    /** The {@code components.schemas} of a contract file under docs/contracts. */
    public static JsonNode schemas(String file) {
        Path contract = Path.of(System.getProperty("marsad.root", "../..")).resolve("docs/contracts").resolve(file);
        try {
            return new YAMLMapper().readTree(contract.toFile()).path("components").path("schemas");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + contract, e);
        }
    }

    /** The property names a schema declares. */
    public static Set<String> properties(JsonNode schema) {
        return names(schema.path("properties"));
    }

    /** The field names of a JSON object, sorted. */
    public static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The component names of a record, sorted: what Jackson writes for it. */
    public static Set<String> components(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * How a live answer departs from its schema: properties it has that the schema lacks or lacks
     * that the schema has, and required ones that are null. Empty when the answer keeps to it.
     */
    public static List<String> departures(JsonNode answer, JsonNode schema) {
        List<String> departures = new ArrayList<>();
        Set<String> declared = properties(schema);
        Set<String> present = names(answer);
        if (!declared.equals(present)) {
            departures.add("properties " + present + " where the contract declares " + declared);
        }
        for (JsonNode required : schema.path("required")) {
            JsonNode value = answer.path(required.asText());
            if (value.isNull() || value.isMissingNode()) {
                departures.add(required.asText() + " is required");
            }
        }
        return departures;
    }
}
