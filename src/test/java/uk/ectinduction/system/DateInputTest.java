package uk.ectinduction.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void datesAndTimesAreReadAsPeopleTypeThem() {
        assertThat(DateInput.date("7", "3", "2027", "the due date").date()).isEqualTo(LocalDate.of(2027, 3, 7));
        assertThat(DateInput.date("", " ", "", "the due date").blank()).isTrue();
        assertThat(DateInput.date("31", "2", "2027", "the due date").problem())
                .isEqualTo("The due date must be a real date");
        assertThat(DateInput.date("3", "", "2027", "the due date").problem())
                .isEqualTo("The due date must include a month");
        assertThat(DateInput.time("15:30")).isEqualTo(LocalTime.of(15, 30));
        assertThat(DateInput.time("3.30pm")).isEqualTo(LocalTime.of(15, 30));
        assertThat(DateInput.time("1530")).isEqualTo(LocalTime.of(15, 30));
        assertThat(DateInput.time(" ")).isNull();
        assertThatThrownBy(() -> DateInput.time("25:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
