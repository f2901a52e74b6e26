package uk.gov.hwb.send.control;

import java.util.List;

/**
 * The evaluation areas of the 2023 area SEND inspection framework, as the seed's SEF (seed 002,
 * item 7, appendix 3, Part B) titles them: a first SEF version starts with these, empty.
 */
public final class SefFramework {

    public static final List<String> AREAS = List.of(
            "Children and young people's needs are identified accurately and assessed in a timely and effective way",
            "Children, young people and their families participate in decision-making about their individual plans and support",
            "Children and young people receive the right help at the right time",
            "Children and young people are well prepared for their next steps, and achieve strong outcomes",
            "Children and young people are valued, visible and included in their communities",
            "Leaders are ambitious for children and young people with SEND",
            "Leaders actively engage and work with children, young people and families",
            "Leaders have an accurate, shared understanding of the needs of children and young people in their local area",
            "Leaders commission services and provision to meet the needs and aspirations of children and young people, including"
                    + " commissioning arrangements for children and young people in alternative provision",
            "Leaders evaluate services and make improvements",
            "Leaders create an environment in which effective practice and multi-agency working can flourish");

    private SefFramework() {
    }
}
