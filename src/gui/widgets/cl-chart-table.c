/* cl-chart-table.c — a chart's numbers as a table, for the keyboard and screen readers
 *
 * The headings, then a boxed list with one row a line of the table: each row
 * takes the keyboard focus (arrows go from one to the next) and tells a
 * screen reader its whole line, headings included.  Every line lays its
 * cells out in the same columns, worked out from all the lines' cells (as
 * GtkColumnView does): numbers never wrap, headings wrap on a narrow window
 * rather than widen their column, and the names take the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-chart-table"

#include "config.h"

#include "cl-chart-table.h"

#define COLUMN_SPACING 12

struct _ClChartTable
{
  GtkWidget   parent_instance;

  GtkWidget  *header;
  GtkListBox *list;
  GPtrArray  *lines; /* the header's, then each row's */
  GPtrArray  *rows;  /* GtkListBoxRow, in order */
  GPtrArray  *descriptions;
  guint       n_columns;
};

G_DEFINE_FINAL_TYPE (ClChartTable, cl_chart_table, GTK_TYPE_WIDGET)

/* Columns ---------------------------------------------------------------- */

/* How the cells of a line @width wide go: in columns side by side, the
 * numbers never wrapping, the headings and then the names wrapping when
 * there is no room for them on one line; or, when even the longest word of
 * a name has no room, the name on a line of its own above the numbers.  Fills @widths (one a
 * column) and returns whether the name goes above. */
static gboolean
compute_layout (ClChartTable *self,
                int           width,
                int          *widths,
                int          *out_minimum,
                int          *out_natural)
{
  g_autofree int *minimum = g_new0 (int, self->n_columns);
  g_autofree int *natural = g_new0 (int, self->n_columns);
  int             numbers_minimum = 0, numbers_natural = 0;
  int             numbers_spacing = COLUMN_SPACING * (self->n_columns - 2);
  int             spacing = COLUMN_SPACING * (self->n_columns - 1);
  gboolean        above = FALSE;

  for (guint i = 0; i < self->lines->len; i++)
    {
      GtkWidget *cell = gtk_widget_get_first_child (g_ptr_array_index (self->lines, i));

      for (guint c = 0; cell != NULL; c++, cell = gtk_widget_get_next_sibling (cell))
        {
          int min, nat;

          gtk_widget_measure (cell, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
          minimum[c] = MAX (minimum[c], min);
          natural[c] = MAX (natural[c], nat);
        }
    }
  for (guint c = 1; c < self->n_columns; c++)
    {
      numbers_minimum += minimum[c];
      numbers_natural += natural[c];
    }
  if (out_minimum != NULL)
    *out_minimum = MIN (minimum[0] + spacing + numbers_minimum,
                        MAX (minimum[0], numbers_minimum + numbers_spacing));
  if (out_natural != NULL)
    *out_natural = natural[0] + spacing + numbers_natural;
  if (widths == NULL)
    return FALSE;

  /* Names on one line first, then headings on one line. */
  if (width - spacing - numbers_natural >= natural[0])
    for (guint c = 1; c < self->n_columns; c++)
      widths[c] = natural[c];
  else if (width - spacing - numbers_minimum >= natural[0])
    for (guint c = 1; c < self->n_columns; c++)
      widths[c] = minimum[c];
  else if (width - spacing - numbers_natural >= minimum[0])
    for (guint c = 1; c < self->n_columns; c++)
      widths[c] = natural[c];
  else if (width - spacing - numbers_minimum >= minimum[0])
    for (guint c = 1; c < self->n_columns; c++)
      widths[c] = minimum[c];
  else
    {
      above = TRUE;
      for (guint c = 1; c < self->n_columns; c++)
        widths[c] = numbers_natural + numbers_spacing <= width ? natural[c] : minimum[c];
    }

  widths[0] = width;
  if (!above)
    for (guint c = 1; c < self->n_columns; c++)
      widths[0] -= widths[c] + COLUMN_SPACING;
  return above;
}

#define ABOVE_GAP 2 /* between a name above and its numbers */

static void
line_measure (GtkWidget     *line,
              GtkOrientation orientation,
              int            for_size,
              int           *minimum,
              int           *natural,
              int           *minimum_baseline,
              int           *natural_baseline)
{
  ClChartTable   *self = g_object_get_data (G_OBJECT (line), "cl-chart-table");
  g_autofree int *widths = g_new0 (int, self->n_columns);
  int             min_width, nat_width, name_min = 0, name_nat = 0;
  gboolean        above;
  GtkWidget      *cell;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      compute_layout (self, 0, NULL, minimum, natural);
      return;
    }

  compute_layout (self, 0, NULL, &min_width, &nat_width);
  above = compute_layout (self, for_size < 0 ? nat_width : MAX (for_size, min_width), widths,
                          NULL, NULL);
  *minimum = *natural = 0;
  cell = gtk_widget_get_first_child (line);
  for (guint c = 0; cell != NULL; c++, cell = gtk_widget_get_next_sibling (cell))
    {
      int min, nat;

      gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, widths[c], &min, &nat, NULL, NULL);
      if (c == 0 && above)
        {
          name_min = min + ABOVE_GAP;
          name_nat = nat + ABOVE_GAP;
          continue;
        }
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
  *minimum += name_min;
  *natural += name_nat;
}

static void
line_allocate (GtkWidget *line,
               int        width,
               int        height,
               int        baseline)
{
  ClChartTable   *self = g_object_get_data (G_OBJECT (line), "cl-chart-table");
  g_autofree int *widths = g_new0 (int, self->n_columns);
  gboolean        rtl = gtk_widget_get_direction (line) == GTK_TEXT_DIR_RTL;
  gboolean        above = compute_layout (self, width, widths, NULL, NULL);
  GtkWidget      *cell;
  int             x = 0, y = 0;

  cell = gtk_widget_get_first_child (line);
  for (guint c = 0; cell != NULL; c++, cell = gtk_widget_get_next_sibling (cell))
    {
      if (c == 0 && above)
        {
          int name_height;

          /* The numbers below go in the same columns as beside a name. */
          gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, width, &name_height, NULL, NULL,
                              NULL);
          gtk_widget_size_allocate (cell, &(GtkAllocation){ 0, 0, width, name_height }, -1);
          y = name_height + ABOVE_GAP;
          x = width;
          for (guint n = 1; n < self->n_columns; n++)
            x -= widths[n] + (n > 1 ? COLUMN_SPACING : 0);
          continue;
        }
      gtk_widget_size_allocate (cell,
                                &(GtkAllocation){ rtl ? width - x - widths[c] : x, y, widths[c],
                                                  height - y },
                                -1);
      x += widths[c] + COLUMN_SPACING;
    }
}

static GtkSizeRequestMode
line_request_mode (GtkWidget *line)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* A line of the table: its cells, in columns as wide as the table says. */
static GtkWidget *
make_line (ClChartTable *self)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  /* The box only holds the cells; the columns lay them out. */
  gtk_widget_set_layout_manager (line,
                                 gtk_custom_layout_new (line_request_mode, line_measure,
                                                        line_allocate));
  g_object_set_data (G_OBJECT (line), "cl-chart-table", self);
  gtk_widget_set_margin_start (line, 12);
  gtk_widget_set_margin_end (line, 12);
  g_ptr_array_add (self->lines, line);
  return line;
}

static GtkWidget *
make_cell (guint       column,
           const char *text,
           gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  if (column == 0)
    {
      /* Its narrowest is its longest word: narrower, it goes above. */
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      /* Headings break between words; numbers stay whole. */
      gtk_label_set_wrap (GTK_LABEL (label), heading);
      gtk_widget_add_css_class (label, "numeric");
    }
  if (heading)
    {
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
    }
  return label;
}

static void
cl_chart_table_dispose (GObject *object)
{
  ClChartTable *self = CL_CHART_TABLE (object);
  GtkWidget    *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->descriptions, g_ptr_array_unref);

  G_OBJECT_CLASS (cl_chart_table_parent_class)->dispose (object);
}

static void
cl_chart_table_class_init (ClChartTableClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_chart_table_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "charttable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cl_chart_table_init (ClChartTable *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->lines = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
  self->descriptions = g_ptr_array_new_with_free_func (g_free);

  self->header = make_line (self);
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
}

GtkWidget *
cl_chart_table_new (const char        *title,
                    const char *const *headings)
{
  ClChartTable *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (headings != NULL && headings[0] != NULL, NULL);

  self = g_object_new (CL_TYPE_CHART_TABLE, NULL);
  /* The list too: "GtkListBox" otherwise. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  self->n_columns = g_strv_length ((char **) headings);
  for (guint i = 0; headings[i] != NULL; i++)
    gtk_box_append (GTK_BOX (self->header), make_cell (i, headings[i], TRUE));
  return GTK_WIDGET (self);
}

void
cl_chart_table_remove_all (ClChartTable *self)
{
  g_return_if_fail (CL_IS_CHART_TABLE (self));

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->lines, 1);
  g_ptr_array_set_size (self->descriptions, 0);
}

void
cl_chart_table_append (ClChartTable      *self,
                       const char *const *cells,
                       const char        *description)
{
  GtkWidget *row, *line;

  g_return_if_fail (CL_IS_CHART_TABLE (self));
  g_return_if_fail (cells != NULL && g_strv_length ((char **) cells) == self->n_columns);
  g_return_if_fail (description != NULL);

  line = make_line (self);
  gtk_widget_set_margin_top (line, 10);
  gtk_widget_set_margin_bottom (line, 10);
  for (guint i = 0; cells[i] != NULL; i++)
    gtk_box_append (GTK_BOX (line), make_cell (i, cells[i], FALSE));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_list_box_append (self->list, row);
  g_ptr_array_add (self->rows, row);
  g_ptr_array_add (self->descriptions, g_strdup (description));
}

guint
cl_chart_table_get_n_rows (ClChartTable *self)
{
  g_return_val_if_fail (CL_IS_CHART_TABLE (self), 0);

  return self->rows->len;
}

guint
cl_chart_table_get_n_columns (ClChartTable *self)
{
  g_return_val_if_fail (CL_IS_CHART_TABLE (self), 0);

  return self->n_columns;
}

const char *
cl_chart_table_get_cell (ClChartTable *self,
                         guint         row,
                         guint         column)
{
  GtkWidget *cell;

  g_return_val_if_fail (CL_IS_CHART_TABLE (self), NULL);
  g_return_val_if_fail (row < self->rows->len && column < self->n_columns, NULL);

  cell = gtk_widget_get_first_child (
    gtk_list_box_row_get_child (g_ptr_array_index (self->rows, row)));
  for (guint i = 0; i < column; i++)
    cell = gtk_widget_get_next_sibling (cell);
  return gtk_label_get_text (GTK_LABEL (cell));
}

const char *
cl_chart_table_get_description (ClChartTable *self,
                                guint         row)
{
  g_return_val_if_fail (CL_IS_CHART_TABLE (self), NULL);
  g_return_val_if_fail (row < self->descriptions->len, NULL);

  return g_ptr_array_index (self->descriptions, row);
}
