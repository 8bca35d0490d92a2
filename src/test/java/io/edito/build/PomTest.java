package io.edito.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** pom.xml declares each dependency once (Maven warns on every build otherwise, and the two may disagree). */
class PomTest {
    @Test
    void everyDependencyIsDeclaredOnce() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        var doc = f.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element project = doc.getDocumentElement();
        Element deps = null;
        for (int i = 0; i < project.getChildNodes().getLength(); i++) {
            if (project.getChildNodes().item(i) instanceof Element e && e.getTagName().equals("dependencies")) {
                deps = e;
            }
        }
        assertThat(deps).isNotNull();
        NodeList list = deps.getElementsByTagName("dependency");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            String classifier = d.getElementsByTagName("classifier").getLength() == 0 ? ""
                    : ":" + d.getElementsByTagName("classifier").item(0).getTextContent();
            keys.add(d.getElementsByTagName("groupId").item(0).getTextContent() + ":"
                    + d.getElementsByTagName("artifactId").item(0).getTextContent() + classifier);
        }
        assertThat(keys).contains("org.slf4j:slf4j-nop").doesNotHaveDuplicates();
    }
}
