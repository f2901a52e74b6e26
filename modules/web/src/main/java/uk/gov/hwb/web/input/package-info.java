/**
 * How input is checked at the edge, for every module at once: JSON bodies against the type they are
 * read into ({@code JsonInputCheck}), query and path parameters ({@code ParameterTextCheck}) and form
 * fields on screen ({@code PlainTextValidator}, a JSF default validator). A new resource or screen
 * is covered without doing anything; mark single-line text fields of its records {@code @SingleLine}.
 */
package uk.gov.hwb.web.input;
