# Páginas de error.

error-title-401 = Inicie sesión
error-title-403 = Acceso no permitido
error-title-404 = Página no encontrada
error-title-409 = No es posible en este momento
error-title-413 = Archivo demasiado grande
error-title-422 = Revise los datos introducidos
error-title-429 = Demasiados intentos
error-title-500 = Se ha producido un error
error-title-other = Error
error-code = Error { $code }
error-go-home = Ir a su página de inicio
error-message-401 = Debe iniciar sesión para ver esta página.
error-message-expired-form = Este formulario ha caducado o no procede de Laurel. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-message-403 = Su cuenta no tiene acceso a esta página.
error-message-404 = No existe ninguna página en esta dirección. Compruebe el enlace o vuelva a su página de inicio.
error-message-422 = No se ha podido interpretar la solicitud. Vuelva atrás, revise el formulario e inténtelo de nuevo.
error-message-428 = Envíe el ETag de la versión que leyó en una cabecera If-Match: esta escritura lo necesita para no sobrescribir nada.
error-message-500 = Se ha producido un error por nuestra parte. Ha quedado registrado; inténtelo de nuevo.
