// bd_i18n carries the compiled translations (:/i18n/*.qm) into the executables that link it.
#include <QtGlobal>

void bdInitTranslations()
{
    Q_INIT_RESOURCE(bd_i18n);
}
