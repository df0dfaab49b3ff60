#pragma once

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace ct {

// The body of a small form dialog: the form, a note beneath it, the problem that keeps it from being
// accepted, and the buttons, which accept or reject the dialog.
void layOutFormDialog(QDialog* dialog, QFormLayout* form, QLabel* note, QLabel* problem,
                      QDialogButtonBox* buttons);

} // namespace ct
