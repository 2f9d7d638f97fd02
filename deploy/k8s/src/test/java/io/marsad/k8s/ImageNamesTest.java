package io.marsad.k8s;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The images the manifests run are the ones the build makes: registry, group and tag as the root
 * pom sets them for Quarkus's container-image build, each image named after its service.
 */
class ImageNamesTest {

    @Test
    void everyDeploymentRunsTheImageTheBuildMakes() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(K8sManifestsTest.ROOT.resolve("pom.xml").toFile());
        var properties = pom.getElementsByTagName("properties").item(0);
        String version = pom.getDocumentElement().getElementsByTagName("version").item(0).getTextContent();
        String registry = text(properties, "quarkus.container-image.registry");
        String group = text(properties, "quarkus.container-image.group");
        String tag = text(properties, "quarkus.container-image.tag").replace("${project.version}", version);

        for (String overlay : List.of("overlays/dev", "overlays/prod")) {
            Manifests manifests = Kustomize.render(K8sManifestsTest.K8S.resolve(overlay));
            for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
                String service = Manifests.name(deployment);
                Object image = Manifests.at(Manifests.containers(deployment).get(0), "image");
                assertEquals(registry + "/" + group + "/marsad-" + service + ":" + tag, image, overlay + " " + service);
            }
        }
    }

    private static String text(org.w3c.dom.Node properties, String name) {
        var children = properties.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (name.equals(children.item(i).getNodeName())) {
                return children.item(i).getTextContent().trim();
            }
        }
        throw new AssertionError("pom.xml sets no " + name);
    }
}
