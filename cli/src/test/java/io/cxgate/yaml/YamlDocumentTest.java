package io.cxgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cxgate.InvalidInputException;

class YamlDocumentTest {
    @Test
    void everyDocumentOfAStreamIsReadWithMarksCountedFromTheFileStart() {
        List<YamlDocument> documents = YamlDocument.parseAll("a: 1\n---\nb:\n  c: [x, y]\n", "f.yaml");
        assertEquals(2, documents.size());
        assertEquals("1", documents.get(0).root().get("a").asText());
        assertEquals(new Mark(4, 10), documents.get(1).marks().valueOf(FieldPath.of("b", "c", 1)));
        assertEquals(new Mark(3, 1), documents.get(1).start());
    }

    @Test
    void emptyDocumentsAreSkipped() {
        assertEquals(List.of(), YamlDocument.parseAll("", "f.yaml"));
        assertEquals(1, YamlDocument.parseAll("---\n# only a comment\n---\na: 1\n---\n", "f.yaml").size());
    }

    @Test
    void anchorsWorkWithinADocument() {
        List<YamlDocument> documents = YamlDocument.parseAll("a: &x {k: v}\nb: *x\n", "f.yaml");
        assertEquals("v", documents.get(0).root().path("b").path("k").asText());
    }

    @Test
    void aDocumentThatIsNotAMappingIsNamedByItsPlace() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> YamlDocument.parseAll("a: 1\n---\n- x\n", "f.yaml"));
        assertEquals("f.yaml: line 3, column 1: the top level must be a mapping (found a list)", e.getMessage());
    }

    @Test
    void aSingleDocumentFileRefusesASecond() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> YamlDocument.parse("a: 1\n---\nb: 2\n", "cxgate.yaml", "a mapping"));
        assertEquals("cxgate.yaml: line 3, column 1: only one YAML document is allowed in a config file", e.getMessage());
    }
}
