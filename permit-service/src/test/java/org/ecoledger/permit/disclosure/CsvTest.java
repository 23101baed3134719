package org.ecoledger.permit.disclosure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(new Csv("a", "b").row("x,y", "say \"hi\"").row("line\nbreak", null).toString())
                .isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",\r\n");
    }

    @Test
    void aNameASpreadsheetWouldTakeForAFormulaIsDefused() {
        assertThat(new Csv("name").row("=HYPERLINK(\"x\")").toString()).isEqualTo("name\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        assertThat(new Csv("headroom").row("-1.5").toString()).isEqualTo("headroom\r\n-1.5\r\n");
    }
}
