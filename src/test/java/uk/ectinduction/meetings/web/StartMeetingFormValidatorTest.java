package uk.ectinduction.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The start form's checks on plain objects, with no Spring context. */
class StartMeetingFormValidatorTest {

    static Errors validate(StartMeetingForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "startMeetingForm");
        new StartMeetingFormValidator().validate(form, errors);
        return errors;
    }

    @Test
    void theFormStartsTodayWithTheSuggestedMaterialsAndPasses() {
        StartMeetingForm form = StartMeetingForm.today(LocalDate.of(2027, 3, 10), "/programmes/p/week-1");
        form.setTime("3.30pm");

        assertThat(validate(form).hasErrors()).isFalse();
        assertThat(form.on().date()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(form.at()).isEqualTo(LocalTime.of(15, 30));
    }

    @Test
    void materialsAndARealDateAreNeededAndATimeMustBeATime() {
        StartMeetingForm form = StartMeetingForm.today(LocalDate.of(2027, 3, 10), null);
        form.setDay("31");
        form.setMonth("2");
        form.setTime("25:00");

        assertThat(validate(form).getFieldErrors())
                .extracting(e -> e.getField() + ": " + e.getDefaultMessage())
                .containsExactly(
                        "materialsPath: Select the week's mentor materials",
                        "day: The date of the meeting must be a real date",
                        "time: Enter the time of the meeting like 15:30");
    }
}
