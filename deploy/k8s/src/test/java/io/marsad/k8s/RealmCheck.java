package io.marsad.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.marsad.k8s.Manifests.at;
import static io.marsad.k8s.Manifests.describe;
import static io.marsad.k8s.Manifests.map;

/**
 * The cluster's KeycloakRealmImport is the realm local runs import, but for what a cluster must
 * change: client secrets become placeholders filled from a Secret, sslRequired, the dashboard's
 * redirect URIs and web origins, and no users but service accounts.
 */
final class RealmCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper STRICT = new ObjectMapper()
        .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .configure(com.fasterxml.jackson.databind.MapperFeature.DEFAULT_VIEW_INCLUSION, true);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private RealmCheck() {}

    static List<String> problems(Manifests manifests, Path localRealm) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> imports = manifests.ofKind("KeycloakRealmImport");
        if (imports.size() != 1) {
            problems.add("expected one KeycloakRealmImport, found " + imports.size());
            return problems;
        }
        Map<String, Object> realmImport = imports.get(0);
        ObjectNode cluster = JSON.valueToTree(at(realmImport, "spec", "realm"));
        ObjectNode local = (ObjectNode) JSON.readTree(localRealm.toFile());
        Map<String, Object> placeholders = map(at(realmImport, "spec", "placeholders"));

        for (JsonNode client : cluster.withArray("clients")) {
            if (client.has("secret")) {
                Matcher placeholder = PLACEHOLDER.matcher(client.get("secret").asText());
                if (!placeholder.matches()) {
                    problems.add(describe(realmImport) + ": client " + client.get("clientId").asText() + " has its secret written in");
                } else if (at(placeholders.get(placeholder.group(1)), "secret", "name") == null) {
                    problems.add(describe(realmImport) + ": placeholder " + placeholder.group(1) + " is not taken from a Secret");
                }
            }
        }
        try {
            // Keycloak's own type for a realm (keycloak-core, the version local runs use): a field it does not know fails
            STRICT.treeToValue(cluster, org.keycloak.representations.idm.RealmRepresentation.class);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(describe(realmImport) + ": spec.realm is not a Keycloak realm: " + e.getMessage().lines().findFirst().orElse(""));
        }
        for (ObjectNode realm : List.of(cluster, local)) {
            realm.remove("sslRequired");
            ArrayNode users = realm.withArray("users");
            for (Iterator<JsonNode> it = users.iterator(); it.hasNext(); ) {
                if (!it.next().has("serviceAccountClientId")) {
                    it.remove();
                }
            }
            for (JsonNode client : realm.withArray("clients")) {
                ((ObjectNode) client).remove("secret");
                if ("marsad-dashboard".equals(client.path("clientId").asText())) {
                    ((ObjectNode) client).remove(List.of("redirectUris", "webOrigins"));
                }
            }
        }
        if (!cluster.equals(local)) {
            problems.add(describe(realmImport) + " differs from " + localRealm.getFileName() + " beyond what a cluster changes:\n  cluster: "
                + cluster + "\n  local:   " + local);
        }
        return problems;
    }
}
