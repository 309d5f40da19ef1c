import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PaymentAssignmentsService } from './payment-assignments.service';
import { PaymentRegistersService } from './payment-registers.service';
import { PaymentsController } from './payments.controller';

@Module({
  imports: [CasesModule],
  controllers: [PaymentsController],
  providers: [PaymentAssignmentsService, PaymentRegistersService],
  exports: [PaymentRegistersService],
})
export class PaymentsModule {}
