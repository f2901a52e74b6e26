/*
 * Board Papers & Partnership Performance: the behaviour every page shares. It is a file, loaded
 * with h:outputScript, and binds its handlers itself, because a Content-Security-Policy forbids
 * inline scripts and on* attributes on plain HTML elements.
 *
 *  - the phone menu (the "Menu" button opens and closes the main menu below 48em);
 *  - accessible names PrimeFaces' widgets leave out (the date picker's button, the text editor);
 *  - a warning before leaving a page with unsaved changes (forms marked .hwb-guard; a save clears it:
 *    a submit, a button marked .hwb-saves, or an ajax save that renews the page's .hwb-saved-token);
 *  - a warning before a signed-in session ends, with a way to stay signed in;
 *  - focus goes back where it was when a dialogue closes, even if an update replaced that element;
 *  - a confirmation keeps the focus while it is open (dialogues marked .hwb-holds-focus).
 */
(function () {
    'use strict';

    var hwb = window.hwb = window.hwb || {};
    document.documentElement.classList.add('hwb-js');

    function ready(fn) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', fn);
        } else {
            fn();
        }
    }

    function each(selector, fn, root) {
        Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
    }

    /* ---- The phone menu ---- */
    function menu() {
        var toggle = document.querySelector('.hwb-menu-toggle');
        var nav = document.getElementById('hwbNav');
        if (!toggle || !nav) {
            return;
        }
        toggle.addEventListener('click', function () {
            var open = toggle.getAttribute('aria-expanded') !== 'true';
            toggle.setAttribute('aria-expanded', String(open));
            nav.classList.toggle('hwb-nav-open', open);
        });
        document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true' && nav.contains(document.activeElement)) {
                toggle.setAttribute('aria-expanded', 'false');
                nav.classList.remove('hwb-nav-open');
                toggle.focus();
            }
        });
    }

    /* ---- Accessible names PrimeFaces leaves out ---- */
    var TOOLBAR_NAMES = {
        'ql-bold': 'Bold', 'ql-italic': 'Italic', 'ql-link': 'Link', 'ql-clean': 'Remove formatting',
        'ql-header': 'Heading (press again for a paragraph)',
        'ql-list[value=ordered]': 'Numbered list', 'ql-list[value=bullet]': 'Bulleted list'
    };

    function labelFor(id) {
        var labels = document.querySelectorAll('label');
        for (var i = 0; i < labels.length; i++) {
            var target = labels[i].getAttribute('for');
            if (target === id || target === id + '_input') {
                if (!labels[i].id) {
                    labels[i].id = id + '_label';
                }
                return labels[i];
            }
        }
        return null;
    }

    function name(root) {
        // The date picker's calendar button says "ui-button" inside and "Choose Date" outside: one name, in words.
        each('.ui-datepicker-trigger', function (button) {
            var text = button.querySelector('.ui-button-text');
            var label = 'Choose a date from a calendar';
            if (button.getAttribute('aria-label') !== label) {
                button.setAttribute('aria-label', label);
            }
            if (text && text.textContent !== label) {
                text.textContent = label;
            }
        }, root);
        // The rich-text editor: the editable area is the text box, named by the field's label; each button is named.
        each('.ui-texteditor', function (editor) {
            if (editor.getAttribute('role') === 'textbox') {
                editor.removeAttribute('role');
            }
            var area = editor.querySelector('.ql-editor');
            var label = labelFor(editor.id);
            if (area && !area.hasAttribute('aria-labelledby') && label) {
                area.setAttribute('role', 'textbox');
                area.setAttribute('aria-multiline', 'true');
                area.setAttribute('aria-labelledby', label.id);
            }
            Object.keys(TOOLBAR_NAMES).forEach(function (selector) {
                each('button.' + selector, function (button) {
                    if (!button.getAttribute('aria-label')) {
                        button.setAttribute('aria-label', TOOLBAR_NAMES[selector]);
                        button.setAttribute('title', TOOLBAR_NAMES[selector]);
                    }
                }, editor);
            });
            each('.ql-tooltip input[type=text]', function (input) {
                if (!input.getAttribute('aria-label')) {
                    input.setAttribute('aria-label', 'Link address (https://…)');
                }
            }, editor);
        }, root);
    }

    var naming = false;
    function watchNames() {
        name(document);
        new MutationObserver(function () {
            if (!naming) {
                naming = true;
                Promise.resolve().then(function () {
                    naming = false;
                    name(document);
                });
            }
        }).observe(document.body, {childList: true, subtree: true});
    }

    /* ---- Unsaved changes ---- */
    var dirty = false;
    hwb.unsaved = {
        isDirty: function () {
            return dirty;
        },
        clear: function () {
            dirty = false;
        }
    };

    function savedToken() {
        var marker = document.querySelector('.hwb-saved-token');
        return marker ? marker.getAttribute('data-token') : null;
    }

    function guard() {
        if (!document.querySelector('form.hwb-guard')) {
            return;
        }
        function mark(e) {
            var form = e.target.closest && e.target.closest('form');
            if (form && form.classList.contains('hwb-guard')) {
                dirty = true;
            }
        }
        document.addEventListener('input', mark, true);
        document.addEventListener('change', mark, true);
        document.addEventListener('submit', function (e) {
            if (e.target.classList && e.target.classList.contains('hwb-guard')) {
                dirty = false;
            }
        }, true);
        // Saving with a button of the form is not leaving it.
        document.addEventListener('click', function (e) {
            var button = e.target.closest && e.target.closest('.hwb-saves');
            if (button) {
                dirty = false;
            }
        }, true);
        // A form saved by ajax re-renders its .hwb-saved-token with a new data-token once the save is
        // stored; a save refused (a message, nothing stored) leaves the token, and the changes unsaved.
        var token = savedToken();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                var now = savedToken();
                if (now !== token) {
                    token = now;
                    dirty = false;
                }
            });
        }
        window.addEventListener('beforeunload', function (e) {
            if (dirty) {
                e.preventDefault();
                e.returnValue = 'You have changes that are not saved.';
                return e.returnValue;
            }
            return undefined;
        });
    }

    /* ---- The session warning ---- */
    var WARN_BEFORE_SECONDS = 300;
    var warnTimer = null;
    var endTimer = null;
    hwb.session = {
        /** Starts counting again from now: the server renewed the session with the last request. */
        restart: function () {
            var seconds = parseInt(document.body.getAttribute('data-hwb-session') || '', 10);
            clearTimeout(warnTimer);
            clearTimeout(endTimer);
            if (!seconds || !window.PF) {
                return;
            }
            warnTimer = setTimeout(hwb.session.warn, Math.max(seconds - WARN_BEFORE_SECONDS, 30) * 1000);
            endTimer = setTimeout(hwb.session.ended, seconds * 1000);
        },
        /** Shows the warning now (also what a test calls rather than waiting 25 minutes). */
        warn: function () {
            var dialog = window.PF && PF('sessionWarning');
            if (dialog) {
                dialog.show();
            }
        },
        ended: function () {
            var message = document.getElementById('sessionMessage');
            if (message) {
                message.textContent = 'Your session has ended. Copy anything you have not saved, then sign in again.';
            }
        }
    };

    /** After an update that moved something (an agenda item up or down), keeps the keyboard on it: args.focus is the element's id. */
    hwb.focusFrom = function (args) {
        var id = args && args.focus;
        if (id) {
            setTimeout(function () {
                var element = document.getElementById(id);
                if (element) {
                    opener = id;
                    element.focus();
                }
            }, 0);
        }
    };

    /* ---- Focus returns where it was when a dialogue closes ---- */
    var opener = null;
    function rememberOpener() {
        document.addEventListener('focusin', function (e) {
            if (!(e.target.closest && e.target.closest('.ui-dialog')) && e.target.id) {
                opener = e.target.id;
            }
        });
    }
    function focusLost() {
        var active = document.activeElement;
        return !active || active === document.body || !!(active.closest && active.closest('.ui-dialog[aria-hidden=true]'));
    }
    function returnFocus() {
        if (opener && focusLost() && !document.querySelector('.ui-dialog:not([aria-hidden=true]):not([style*="display: none"])')) {
            var element = document.getElementById(opener);
            if (element) {
                element.focus({preventScroll: false});
            }
        }
    }

    /* A dialogue closed without a request (Esc, Cancel): PrimeFaces returns the focus only if it saw where it was, so make sure. */
    function watchDialogs() {
        new MutationObserver(function (mutations) {
            mutations.forEach(function (m) {
                var dialog = m.target;
                if (dialog.classList && dialog.classList.contains('ui-dialog') && dialog.getAttribute('aria-hidden') === 'true') {
                    setTimeout(returnFocus, 250);
                    setTimeout(refocusHolder, 250);
                }
            });
        }).observe(document.body, {attributes: true, attributeFilter: ['aria-hidden'], subtree: true});
    }

    /*
     * PrimeFaces gives the focus back to a dialogue's opener 100 ms after the dialogue closes. When the
     * same dialogue opens again within that time (Enter on "Not yet", then Enter on the button again),
     * that late focus lands behind the open dialogue, where Enter would act on the page. A dialogue
     * marked .hwb-holds-focus (buttons and text, no pop-ups of its own) takes the focus back: to where
     * it was inside, or to its first control. With two open (the session warning over a confirmation)
     * the one on top holds it, and when it closes the one below takes the focus back.
     */
    function openHolders() {
        return Array.prototype.slice.call(document.querySelectorAll('.hwb-holds-focus[aria-hidden=false]'));
    }
    function topmost(dialogs) {
        function z(d) {
            return parseInt(window.getComputedStyle(d).zIndex, 10) || 0;
        }
        return dialogs.reduce(function (top, d) {
            return z(d) > z(top) ? d : top;
        });
    }
    function focusInto(dialog) {
        var back = dialog.hwbFocus && dialog.contains(dialog.hwbFocus) ? dialog.hwbFocus
            : dialog.querySelector('button, textarea, input, select, [href]');
        if (back) {
            back.focus();
        }
    }
    function holdFocus() {
        document.addEventListener('focusin', function (e) {
            var open = openHolders();
            if (!open.length) {
                return;
            }
            var holder = open.filter(function (d) {
                return d.contains(e.target);
            })[0];
            if (holder) {
                holder.hwbFocus = e.target;
            } else {
                focusInto(topmost(open));
            }
        });
    }
    /** After a dialogue closed: a holding dialogue still open below it takes the focus back. */
    function refocusHolder() {
        var open = openHolders();
        if (open.length && !open.some(function (d) {
            return d.contains(document.activeElement);
        })) {
            focusInto(topmost(open));
        }
    }

    ready(function () {
        menu();
        watchDialogs();
        holdFocus();
        watchNames();
        guard();
        rememberOpener();
        hwb.session.restart();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', function () {
                hwb.session.restart();
                setTimeout(returnFocus, 150);
            });
        }
    });
})();
