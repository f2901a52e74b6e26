package uk.gov.hwb.board.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.hwb.board.api.Bodies;
import uk.gov.hwb.board.api.BodyDto;

/**
 * The board module's home page: the bodies whose papers the system holds. Request-scoped: the page
 * is public, and a view-scoped bean would open a session for every anonymous visitor.
 */
@Named
@RequestScoped
public class BoardHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Bodies bodies;

    private List<BodyDto> all;

    @PostConstruct
    void load() {
        all = bodies.bodies();
    }

    public List<BodyDto> getBodies() {
        return all;
    }
}
