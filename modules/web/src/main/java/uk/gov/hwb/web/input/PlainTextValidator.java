package uk.gov.hwb.web.input;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import uk.gov.hwb.platform.text.PlainText;

/**
 * Every text field of every screen refuses control characters ({@link PlainText}); registered as
 * a default validator in faces-config.xml, so new screens are covered without doing anything.
 * Single-line rules come from the facade's {@code @SingleLine} fields, as for the API.
 */
@FacesValidator(PlainTextValidator.ID)
public class PlainTextValidator implements Validator<Object> {

    public static final String ID = "hwb.PlainText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text) {
            PlainText.problem(text, false).ifPresent(problem -> {
                Object label = component.getAttributes().get("label");
                String field = label == null ? "This field" : label.toString();
                throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, field + " " + problem + ".", null));
            });
        }
    }
}
