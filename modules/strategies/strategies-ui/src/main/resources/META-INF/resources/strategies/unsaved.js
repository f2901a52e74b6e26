/*
 * Warns before leaving a page whose guarded form (class hwb-guarded) has changes not yet saved.
 * A save re-renders the element with class hwb-saved-token with a new data-token; until then the
 * form counts as changed. Loaded as a file (no inline script), so a nonce-based CSP allows it.
 */
(function () {
    var dirty = false;
    function token() {
        var marker = document.querySelector('.hwb-saved-token');
        return marker ? marker.getAttribute('data-token') : null;
    }
    var last = token();
    function touched(event) {
        if (event.target && event.target.closest && event.target.closest('form.hwb-guarded')) {
            dirty = true;
        }
    }
    document.addEventListener('input', touched, true);
    document.addEventListener('change', touched, true);
    window.addEventListener('beforeunload', function (event) {
        if (dirty) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            var now = token();
            if (now !== last) {
                last = now;
                dirty = false;
            }
        });
    }
})();
