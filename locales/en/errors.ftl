# Error pages.

error-title-401 = Please log in
error-title-403 = Not allowed
error-title-404 = Not found
error-title-409 = Not possible now
error-title-413 = Too large
error-title-422 = Please check your input
error-title-429 = Too many attempts
error-title-500 = Something went wrong
error-title-other = Error
error-code = Error { $code }
error-go-home = Go to your start page
error-message-401 = You need to log in to see this page.
error-message-expired-form = This form has expired or did not come from Laurel. Go back, reload the page and try again.
error-message-403 = Your account may not open this page.
error-message-404 = There is no page at this address. Check the link, or go to your start page.
error-message-422 = The request could not be understood. Go back, check the form and try again.
error-message-428 = Send the ETag of the version you read in an If-Match header: this write needs it to be sure nothing is overwritten.
error-message-500 = Something went wrong on our side. It has been logged; please try again.
